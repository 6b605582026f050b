// More hand-written texts, two per language and kind, in shapes the first files lack: step
// lists, status tables, out-of-office replies, waitlists and alerts, community and portal
// sign-ups, PIN and code mails, long policy wording. Same conventions as request.ts.
import type { Lang } from '../../types.ts'

type More = Record<Lang, readonly [string, string]>

export const MORE_REQUEST: More = {
  en: [
    'Quick check before we reply 🙂\nWe only answer messages from people who can confirm their address. Yours is pending: {link}\n(ref {ref})',
    '[{company}] Unverified web enquiry – {title}\nThis automated notice relates to an enquiry submitted via {domain}/contact on behalf of {email}.\n\nUnder our security policy, enquiries from unverified senders are held for 14 days and then purged. To release yours to the team, authenticate via the secure link below.\n\n{link}\n\n{company} Group Information Security | This mailbox is not monitored.',
  ],
  de: [
    'Noch nicht bei uns angekommen: deine Nachricht\nKurz und knapp: Bestätige {link} und wir sehen deine Nachricht. Sonst landet sie nach 3 Tagen im Papierkorb. 🗑️',
    'Double-Opt-In für Ihre Kontaktanfrage (Nr. {ref})\nSehr geehrte/r {name},\n\ngemäß unseren Datenschutzbestimmungen verarbeiten wir Kontaktanfragen erst nach Bestätigung der angegebenen E-Mail-Adresse. Sofern Sie die Anfrage nicht gestellt haben, werden die Daten binnen 30 Tagen automatisch gelöscht.\n\nBestätigungslink: {link}\n\nVerantwortlich im Sinne der DSGVO: {company}, Datenschutzbeauftragter: datenschutz@{domain}',
  ],
  fr: [
    'Vous nous avez contactés ? Un clic pour confirmer\nBonjour {name}, un petit clic ici {link} et votre message part chez nos conseillers. Merci !',
    "{ref} – validation de l'adresse de contact\nCe courriel automatique fait suite à une saisie sur {domain}.\n\nÉtape 1 : message reçu ✔\nÉtape 2 : adresse vérifiée ✖\nÉtape 3 : réponse d'un conseiller\n\nPour passer à l'étape 2 : {link}",
  ],
  es: [
    'Falta un paso para que leamos tu mensaje\nPaso 1: mensaje recibido ✔\nPaso 2: email verificado ✖\nPaso 3: te contestamos\n\nCompleta el paso 2 aquí → {link}',
    '{company} – ¿Solicitó usted información?\nBuenas tardes:\n\nUna persona ha pedido información sobre «{title}» indicando este correo como contacto. Por política interna, no enviamos ninguna información hasta que el titular del correo lo autoriza.\n\nAutorizar: {link}\n\nSi no reconoce la solicitud, no haga nada.',
  ],
  pt: [
    'Mensagem em espera ⏳\nOi {name}! Sua mensagem tá parada esperando você confirmar o e-mail. Confirma aqui: {link} — depois disso a gente responde rapidinho.',
    'Verificação do remetente – pedido {ref}\nCaro cliente,\n\nPor motivos de segurança, os pedidos submetidos no portal {domain} só são aceites depois de confirmado o endereço de correio eletrónico do requerente. O pedido com o assunto "{title}" encontra-se suspenso.\n\nConfirmar remetente: {link}\n\nEsta mensagem é confidencial. Se a recebeu por engano, apague-a.',
  ],
  it: [
    'Il tuo messaggio non è ancora partito\nUn clic su {link} e il messaggio arriva al nostro team. Senza conferma lo cancelliamo tra 3 giorni. Grazie! 🙏',
    "Richiesta informazioni «{title}» – conferma del mittente\nSpett.le {name},\n\nin ottemperanza alle nostre procedure antifrode, le richieste pervenute tramite il portale non vengono evase fino alla conferma dell'indirizzo del mittente.\n\nConfermi qui: {link}\n\nRiferimento interno: {ref}\n{company} – Ufficio Qualità",
  ],
  nl: [
    'Klopt dit adres? 📮\nVoordat we je vraag beantwoorden: klopt {email}? Tik op {link} om dat te laten weten.',
    'Uw contactverzoek ({ref}) – verificatie vereist\nGeachte {name},\n\nWij ontvingen via {domain} een contactverzoek onder vermelding van dit e-mailadres. In het kader van ons beveiligingsbeleid wordt een verzoek pas aan een medewerker toegewezen nadat de aanvrager zijn of haar e-mailadres heeft geverifieerd.\n\nVerifiëren: {link}\n\nDeze e-mail is automatisch verzonden door het klantsysteem van {company}.',
  ],
}

export const MORE_ACCOUNT: More = {
  en: [
    'Almost there! Your {company} trial is waiting\nYour 14-day trial starts the moment you confirm your email. No card needed.\n\n{link}\n\nQuestions? Just hit reply – a real human reads these.',
    'Please verify: new member registration\nMember ID: {ref}\nEmail: {email}\nStatus: awaiting email verification\n\nVerification link (valid 72 h): {link}',
  ],
  de: [
    'Willkommen in der Community! Bevor du posten kannst…\nDamit Spam-Bots draußen bleiben, schalten wir neue Mitglieder erst nach der E-Mail-Bestätigung frei. Dauert 2 Sekunden: {link}\n\nWir sehen uns im Forum!',
    'Bestätigungscode für deine Anmeldung\n{code}\n\nDiesen Code in das Feld „Bestätigen“ eingeben. Du hast ihn nicht angefordert? Dann hat sich jemand vertippt.',
  ],
  fr: [
    'Votre espace locataire est créé\nMadame, Monsieur, votre agence {company} vous a ouvert un espace locataire en ligne. Pour y accéder, confirmez d’abord votre adresse e-mail puis choisissez un mot de passe : {link}',
    "Bienvenue dans le club {company} 🎁\nTon bon de bienvenue de 5 € t'attend, mais il faut d'abord confirmer ton adresse : {link}",
  ],
  es: [
    'Activa tu tarjeta de socio digital\n¡Hola {name}! Tu tarjeta de socio de {company} ya está en la app. Solo tienes que verificar tu email para usarla en tienda: {link}',
    'Confirme su alta como proveedor\nEstimado proveedor: su alta en el portal de compras de {company} está pendiente de la verificación del correo electrónico de contacto.\n\nVerificar: {link}\n\nDepartamento de Compras',
  ],
  pt: [
    'Cadastro recebido — confirme para liberar o acesso\nRecebemos seu cadastro na plataforma {company}. O acesso ao painel fica bloqueado até a confirmação do e-mail. Clique: {link}',
    'Bem-vinda(o) à comunidade!\nOlá {name}, para começar a publicar precisamos que valide o seu e-mail. Isto mantém os robôs lá fora 🤖 {link}',
  ],
  it: [
    "Iscrizione all'area riservata\nGentile {name}, la sua richiesta di accesso all'area riservata di {company} è stata registrata. Per motivi di sicurezza occorre convalidare l'indirizzo email: {link}\nL'accesso sarà attivo pochi minuti dopo la convalida.",
    "Codice di attivazione {code}\nCiao! Digita {code} nella schermata di registrazione per attivare il profilo. Se hai chiuso l'app, riaprila e incolla il codice.",
  ],
  nl: [
    'Je bibliotheekaccount is bijna klaar 📚\nHoi {name}, bevestig je e-mailadres en je kunt meteen e-books lenen bij {company}: {link}',
    'Lidnummer {ref}: verificatie openstaand\nLidnummer: {ref}\nE-mail: {email}\nStatus: wacht op verificatie\n\nVerifiëren (72 uur geldig): {link}',
  ],
}

export const MORE_SUBSCRIPTION: More = {
  en: [
    "You're on the waitlist – confirm your spot\nThanks for joining the {company} launch waitlist. Confirm your email to keep your place in line: {link}",
    "Podcast updates from {company}\nConfirm you'd like an email whenever a new episode drops. {link} (Unsubscribe anytime.)",
  ],
  de: [
    'Preisalarm aktivieren?\nDu hast für einen Artikel bei {company} einen Preisalarm angelegt. Bestätige ihn, dann schreiben wir dir, sobald der Preis fällt: {link}',
    'Ihr Abonnement der Pressemitteilungen\nLiebe Journalistinnen und Journalisten,\n\nSie haben den Presseverteiler von {company} abonniert. Bitte bestätigen Sie die Aufnahme: {link}\n\nPressestelle {company}',
  ],
  fr: [
    'Alerte emploi : confirmez votre abonnement\nVous recevrez les nouvelles offres correspondant à votre recherche dès que vous aurez validé cette alerte : {link}',
    "Le programme culturel de la semaine ?\nCoucou ! On t'envoie chaque jeudi les sorties du week-end ? Dis-nous oui ici : {link}",
  ],
  es: [
    'Confirma tu alerta de vivienda\nTe avisaremos cuando aparezcan pisos que encajen con tu búsqueda en {company}. Activa la alerta: {link}',
    'Bienvenido al club de lectores\nCada mes, una recomendación de libros y un descuento para socios. ¿Te apuntamos? {link}',
  ],
  pt: [
    'Alerta de preço: confirme\nVamos te avisar quando o produto que você marcou baixar de preço na {company}. Confirmar alerta: {link}',
    'Boletim informativo da junta de freguesia\nCaro(a) munícipe, confirme que deseja receber por e-mail o boletim mensal da {company}: {link}',
  ],
  it: [
    "Attiva l'avviso di disponibilità\nTi scriviamo appena l'articolo torna disponibile su {company}. Attiva l'avviso: {link}",
    'Vuole ricevere il programma della stagione teatrale?\nGentile spettatore, confermi l’iscrizione alla nostra mailing list: {link}',
  ],
  nl: [
    'Bevestig je vacature-alert\nWe sturen je nieuwe vacatures die passen bij je zoekopdracht zodra je deze alert bevestigt: {link}',
    'Buurtnieuws in je mailbox?\nHoi! Bevestig je aanmelding voor de wijkkrant van {company} en je leest elke maand wat er speelt: {link}',
  ],
}

export const MORE_RESET: More = {
  en: [
    'Your one-time code is {code}\nYou asked to sign in with a code. Enter it on the sign-in page within 10 minutes.',
    'Your {company} password reset link (expires soon)\n{link}\nReset requested from: Chrome on Windows · Approximate location hidden',
  ],
  de: [
    'Bestätige deine Anmeldung\nDu möchtest dich ohne Passwort anmelden? Tippe innerhalb von 10 Minuten auf diesen Link: {link}',
    'PIN vergessen?\nIhre neue Start-PIN lautet {code}. Bitte ändern Sie sie nach der ersten Anmeldung.',
  ],
  fr: [
    'Code de sécurité {company} : {code}\nCe code vous a été envoyé suite à une demande de connexion. Nos équipes ne vous le demanderont jamais par téléphone.',
    'Ta demande de nouveau mot de passe\nYo ! Tu as cliqué sur « Mot de passe oublié » ? Voilà le lien : {link}. Sinon, zappe ce mail.',
  ],
  es: [
    'Tu código para entrar: {code}\nLo has pedido desde la pantalla de acceso. Caduca enseguida, así que úsalo ya.',
    'Recupera tu acceso a {company}\nPulsa aquí para entrar sin contraseña: {link}\nEl enlace dura 10 minutos y solo funciona en este dispositivo.',
  ],
  pt: [
    'Código de segurança {company}: {code}\nNão partilhe este código. A {company} nunca lho pedirá por telefone ou SMS.',
    'Redefina sua senha agora\nVocê pediu uma senha nova? Crie em {link}. O link vence em 1 hora.',
  ],
  it: [
    'Il codice che hai chiesto: {code}\nUsalo nella pagina di accesso entro pochi minuti.',
    'Recupero credenziali\nGentile utente, per recuperare le sue credenziali di accesso al portale {company} segua il link: {link}\nIl link è personale e non cedibile.',
  ],
  nl: [
    'Je code om in te loggen: {code}\nJe vroeg om in te loggen met een code. Hij is 10 minuten geldig.',
    'Pincode vergeten?\nJe nieuwe tijdelijke pincode voor de {company}-app is {code}. Wijzig hem na het inloggen.',
  ],
}

export const MORE_ACK: More = {
  en: [
    'Out of office: {company} customer care\nThank you for your message. Our office is closed for the bank holiday and will reopen on Tuesday. Your email has been queued and will be handled in order of receipt.',
    '📨 Got it!\nRequest #{ref} is in. Typical reply time: under 4 hours (Mon–Fri).',
  ],
  de: [
    'Abwesenheitsnotiz: Kundenservice {company}\nVielen Dank für Ihre E-Mail. Wegen Inventur ist unser Kundenservice bis einschließlich Freitag nur eingeschränkt erreichbar. Ihre Nachricht geht nicht verloren.',
    'Ticket #{ref} • Status: Eingegangen\nEingang: heute\nKategorie: Allgemeine Anfrage\nBearbeitung: in der Reihenfolge des Eingangs',
  ],
  fr: [
    "Absence du service client {company}\nNos bureaux sont fermés pour le pont de l'Ascension. Votre courriel sera lu dès notre retour, lundi matin.",
    "C'est noté ✍️\n{name}, ta demande n°{ref} est dans la file. Temps de réponse moyen : 6 h.",
  ],
  es: [
    'Fuera de la oficina: atención al cliente {company}\nNuestro equipo está de vacaciones de Semana Santa hasta el lunes. Leeremos tu mensaje a la vuelta, por orden de llegada.',
    'Solicitud {ref} · Recibida\nCanal: formulario web\nPrioridad: normal\nTiempo estimado de respuesta: 24-48 h',
  ],
  pt: [
    'Ausência temporária – {company}\nA nossa equipa está de férias coletivas até dia 5. A sua mensagem será tratada no regresso.',
    'Anotado! ✍️\nSeu pedido #{ref} entrou na fila. Respondemos em até 1 dia útil.',
  ],
  it: [
    'Fuori sede: servizio clienti {company}\nI nostri uffici resteranno chiusi per la pausa estiva fino al 25 agosto. Risponderemo alla sua email al rientro.',
    'Richiesta n. {ref} • Ricevuta\nCanale: modulo web\nTempi medi di risposta: 2 giorni lavorativi',
  ],
  nl: [
    'Afwezigheidsbericht klantenservice {company}\nOnze klantenservice is wegens Koningsdag gesloten. Vanaf maandag beantwoorden we alle berichten op volgorde van binnenkomst.',
    'Genoteerd ✍️\nHoi {name}, je aanvraag #{ref} staat in de rij. Gemiddelde reactietijd: 5 uur.',
  ],
}
