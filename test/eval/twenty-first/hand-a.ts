// Hand-written company wordings (helpdesk and verification), "subject|body", written for this
// set. Slots: {company} {name} {subj} {ref} {link} {code}.
import type { Lang } from '../types.ts'

export const HAND_HELPDESK: Record<Lang, readonly string[]> = {
  en: [
    'Case {ref} logged: {subj}|Hey {name}, your note reached the {company} crew. We answer in the order cases arrive, usually within two working days. Reply above this line to add anything.',
    '{company} support – we are on it|Dear {name},\nThis confirms case number {ref} ("{subj}"). You need not write again; one of our advisers picks it up shortly.\nKind regards, {company}',
    '[#{ref}] {subj}|Thanks, {name}! 👋 Ticket opened. Track it here: {link}',
  ],
  de: [
    'Vorgang {ref} angelegt: {subj}|Guten Tag {name},\nwir haben Ihr Anliegen unter der Vorgangsnummer {ref} erfasst. Unser Team bearbeitet es der Reihe nach, meist binnen zwei Werktagen.\nFreundliche Grüße\nIhr {company}-Service',
    '{company}: Deine Nachricht ist da|Hi {name}, danke dir! Dein Anliegen „{subj}“ liegt jetzt bei uns (Nr. {ref}). Wir melden uns, sobald jemand frei ist.',
    'Ticket #{ref}|Eingangsbestätigung\nBetreff: {subj}\nStatus: offen\nSie können den Stand jederzeit hier einsehen: {link}\n{company} Kundendienst',
  ],
  fr: [
    'Dossier {ref} ouvert : {subj}|Bonjour {name},\nNous accusons réception de votre message. Un conseiller {company} le traitera dans les 48 heures ouvrées.\nCordialement',
    '{company} – on s’en occupe|Salut {name} ! Ta demande « {subj} » est bien arrivée (n° {ref}). On revient vers toi très vite.',
    '[Demande #{ref}] {subj}|Madame, Monsieur,\nVotre demande a été enregistrée sous le numéro {ref}. Suivi en ligne : {link}\nLe service clientèle {company}',
  ],
  es: [
    'Caso {ref} registrado: {subj}|Estimado/a {name}:\nHemos recibido su consulta y la atenderemos por orden de llegada. Su número de caso es {ref}.\nAtentamente, {company}',
    '¡Recibido, {name}!|Tu mensaje "{subj}" ya está con el equipo de {company} (ticket {ref}). Te contestamos en cuanto podamos 🙂',
    'Incidencia #{ref}|Asunto: {subj}\nEstado: pendiente\nConsulta el estado aquí: {link}\nSoporte {company}',
  ],
  pt: [
    'Pedido {ref} registado: {subj}|Caro(a) {name},\nConfirmamos a receção do seu pedido. A equipa {company} responderá em até dois dias úteis.\nCom os melhores cumprimentos',
    '{company}: já recebemos a sua mensagem|Olá {name}! O seu assunto "{subj}" ficou com o número {ref}. Vamos tratar disso em breve.',
    '[Ticket #{ref}] {subj}|Estado: aberto. Acompanhe o pedido em {link}\nApoio {company}',
  ],
  it: [
    'Pratica {ref} aperta: {subj}|Gentile {name},\nabbiamo preso in carico la sua segnalazione. Un operatore {company} la contatterà entro due giorni lavorativi.\nCordiali saluti',
    'Ciao {name}, messaggio ricevuto!|La tua richiesta "{subj}" è arrivata a {company} (n. {ref}). Ti rispondiamo presto.',
    '[Richiesta #{ref}] {subj}|Stato: aperta\nSegui la pratica qui: {link}\nAssistenza {company}',
  ],
  nl: [
    'Zaak {ref} aangemaakt: {subj}|Beste {name},\nWe hebben je vraag ontvangen en behandelen die op volgorde van binnenkomst, meestal binnen twee werkdagen.\nGroet, {company}',
    '{company}: bericht ontvangen|Hoi {name}! Je vraag "{subj}" staat bij ons onder nummer {ref}. We komen er snel op terug.',
    '[Melding #{ref}] {subj}|Status: open\nVolg je melding via {link}\nKlantenservice {company}',
  ],
}

export const HAND_VERIFICATION: Record<Lang, readonly string[]> = {
  en: [
    'One click left, {name}|Welcome aboard {company}! Tap to switch your account on: {link}',
    'Please verify your address for {company}|Dear {name},\nSomeone (hopefully you) registered this address with {company}. Confirm it within 48 hours: {link}\nIf that was not you, do nothing and the registration lapses.',
    'Your {company} code: {code}|Enter {code} on the sign-up page to finish creating your account. The code lasts 15 minutes.',
  ],
  de: [
    'Noch ein Klick, {name}|Willkommen bei {company}! Aktiviere dein Konto hier: {link}',
    'Bitte bestätigen Sie Ihre Registrierung bei {company}|Sehr geehrte/r {name},\nbitte bestätigen Sie innerhalb von 48 Stunden Ihre E-Mail-Adresse: {link}\nHaben Sie sich nicht registriert, verfällt die Anmeldung automatisch.',
    'Dein Code für {company}: {code}|Gib {code} auf der Anmeldeseite ein, um dein Konto fertig anzulegen. Gültig für 15 Minuten.',
  ],
  fr: [
    'Plus qu’un clic, {name}|Bienvenue chez {company} ! Activez votre compte ici : {link}',
    'Vérifiez votre adresse pour {company}|Bonjour {name},\nCette adresse vient d’être inscrite chez {company}. Confirmez-la sous 48 heures : {link}\nSi ce n’était pas vous, ignorez ce message.',
    'Code {company} : {code}|Saisissez {code} sur la page d’inscription pour finaliser votre compte. Valable 15 minutes.',
  ],
  es: [
    'Te falta un clic, {name}|¡Bienvenido a {company}! Activa tu cuenta aquí: {link}',
    'Verifica tu correo para {company}|Hola {name}:\nEsta dirección se acaba de registrar en {company}. Confírmala en 48 horas: {link}\nSi no fuiste tú, no hagas nada.',
    'Tu código de {company}: {code}|Introduce {code} en la página de registro para terminar. Caduca en 15 minutos.',
  ],
  pt: [
    'Falta só um clique, {name}|Bem-vindo à {company}! Ative a sua conta aqui: {link}',
    'Verifique o seu e-mail para a {company}|Olá {name},\nEste endereço foi registado na {company}. Confirme-o em 48 horas: {link}\nSe não foi você, ignore.',
    'O seu código {company}: {code}|Introduza {code} na página de registo para concluir. Válido 15 minutos.',
  ],
  it: [
    'Manca un clic, {name}|Benvenuto in {company}! Attiva il tuo account qui: {link}',
    'Verifica il tuo indirizzo per {company}|Gentile {name},\nquesto indirizzo è stato registrato su {company}. Confermalo entro 48 ore: {link}\nSe non sei stato tu, ignora il messaggio.',
    'Il tuo codice {company}: {code}|Inserisci {code} nella pagina di registrazione per completare. Valido 15 minuti.',
  ],
  nl: [
    'Nog één klik, {name}|Welkom bij {company}! Activeer je account hier: {link}',
    'Bevestig je adres voor {company}|Beste {name},\nDit adres is net geregistreerd bij {company}. Bevestig het binnen 48 uur: {link}\nWas jij dit niet? Doe dan niets.',
    'Je code voor {company}: {code}|Vul {code} in op de aanmeldpagina om je account af te ronden. 15 minuten geldig.',
  ],
}
