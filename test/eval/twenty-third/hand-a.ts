// Hand-written company wordings (each one company's own voice) for ticket acknowledgements and
// account verification, three per language. "subject | body", body lines split by " / ".
// pt mixes pt-PT and pt-BR; es, pt, it and nl vary their words for "request" and "received".
import type { Lang } from '../types.ts'

export const HAND_HELPDESK: Record<Lang, readonly string[]> = {
  en: [
    'We got your message ({ref}) | Hi {name}, / Thanks for reaching out to {company}. Someone from our team will reply within two working days. / Your reference: {ref} / Subject: {topic}',
    'Re: {topic} [Case {ref}] | Hello {name}, this is an automatic note to say your case is logged with {company} Customer Care. Replying to this email adds to the same case. / Track it here: {link}',
    '{company} | Cheers {name}! Message received. Our crew is small, so give us a day or so. Ref {ref}. / "{topic}"',
  ],
  de: [
    'Ihre Anfrage bei {company} – Vorgangsnummer {ref} | Sehr geehrte/r {name}, / vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen „{topic}“ erfasst und melden uns schnellstmöglich. / Bitte geben Sie bei Rückfragen die Vorgangsnummer {ref} an. / Mit freundlichen Grüßen / Ihr Kundenservice {company}',
    'Eingangsbestätigung #{ref} | Hallo {name}, / deine Nachricht ist bei uns angekommen. Wir schauen sie uns an und antworten dir meist innerhalb von 48 Stunden. / Betreff: {topic} / Status ansehen: {link}',
    '[{company} Support] {topic} | Guten Tag {name}, dies ist eine automatische Bestätigung. Ticket {ref} wurde angelegt. Antworten Sie einfach auf diese E-Mail, um Informationen zu ergänzen.',
  ],
  fr: [
    'Votre demande n°{ref} a bien été enregistrée | Bonjour {name}, / Nous accusons réception de votre message « {topic} ». Un conseiller {company} vous répondra sous 72 h ouvrées. / Suivre ma demande : {link}',
    '{company} – accusé de réception | Salut {name} ! On a bien reçu ton message et on revient vers toi très vite. Ton numéro de dossier : {ref}.',
    'Re : {topic} [#{ref}] | Madame, Monsieur {name}, / Votre requête a été transmise au service concerné. Merci de conserver la référence {ref} pour tout échange ultérieur. / Cordialement, / Service clients {company}',
  ],
  es: [
    'Hemos recibido tu solicitud #{ref} | Hola {name}: / Gracias por escribir a {company}. Tu solicitud sobre «{topic}» ya está en manos de nuestro equipo y te contestaremos en 24-48 h. / Consulta el estado: {link}',
    'Consulta registrada – {company} | Estimado/a {name}: / Le confirmamos que su consulta ha quedado registrada con el número {ref}. Un agente se pondrá en contacto con usted a la mayor brevedad. / Atentamente, Atención al Cliente',
    '[{ref}] {topic} | ¡Hola {name}! Nos ha llegado tu petición 🙌 La revisamos y te decimos algo pronto. Equipo {company}',
  ],
  pt: [
    'Recebemos o seu pedido n.º {ref} | Olá {name}, / Obrigado por contactar a {company}. O seu pedido "{topic}" foi registado e será tratado pela nossa equipa nos próximos dias úteis. / Acompanhe aqui: {link}',
    'Sua solicitação foi aberta – protocolo {ref} | Oi {name}, tudo bem? / Recebemos sua mensagem e já abrimos o chamado. Nosso time responde em até 1 dia útil. / Assunto: {topic} / Equipe {company}',
    '[{company}] Chamado #{ref}: {topic} | Prezado(a) {name}, / Confirmamos o recebimento do seu contacto. Por favor não responda a este e-mail automático; para acrescentar informação use {link}.',
  ],
  it: [
    'Abbiamo ricevuto la tua segnalazione ({ref}) | Ciao {name}, / grazie per aver scritto a {company}. La tua segnalazione "{topic}" è in coda e ti risponderemo al più presto. / Stato: {link}',
    'Richiesta di assistenza n. {ref} | Gentile {name}, / le confermiamo la presa in carico della sua richiesta. Un operatore la contatterà entro 48 ore lavorative. / Cordiali saluti, / Servizio Clienti {company}',
    '[{company}] {topic} – ticket {ref} aperto | Ciao {name}! Ci è arrivato il tuo messaggio. Rispondi pure a questa mail se vuoi aggiungere dettagli.',
  ],
  nl: [
    'We hebben je vraag ontvangen (#{ref}) | Hoi {name}, / Bedankt voor je bericht aan {company}. We nemen je vraag over "{topic}" zo snel mogelijk in behandeling, meestal binnen twee werkdagen. / Bekijk de status: {link}',
    'Ontvangstbevestiging van uw verzoek {ref} | Geachte heer/mevrouw {name}, / Uw verzoek is bij ons binnengekomen en geregistreerd onder nummer {ref}. Wij streven ernaar u binnen vijf werkdagen te antwoorden. / Met vriendelijke groet, / Klantenservice {company}',
    '[{company}] Melding {ref}: {topic} | Hallo {name}, je melding staat in onze wachtrij. Reageer op deze mail als je nog iets wilt toevoegen.',
  ],
}

export const HAND_VERIFICATION: Record<Lang, readonly string[]> = {
  en: [
    'Confirm your email for {company} | Hi {name}, / Tap the button below to confirm this address and finish setting up your {company} account. / {link} / The link works for 24 hours.',
    'One more step, {name} | Welcome aboard! Before you can log in to {company}, please verify your email: {link} / Didn’t sign up? You can ignore this.',
    'Your {company} verification code: {code} | Enter {code} on the sign-up page to activate your account. This code expires in 10 minutes.',
  ],
  de: [
    'Bitte bestätige deine E-Mail-Adresse | Hallo {name}, / schön, dass du dich bei {company} registriert hast! Bestätige bitte noch kurz deine Adresse: / {link} / Der Link ist 48 Stunden gültig.',
    'Aktivierung Ihres Kundenkontos bei {company} | Sehr geehrte/r {name}, / um Ihr Kundenkonto zu aktivieren, klicken Sie bitte auf folgenden Link: {link} / Falls Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.',
    '{code} ist dein {company}-Bestätigungscode | Gib diesen Code in der App ein, um dein Konto freizuschalten. Er verfällt nach 15 Minuten.',
  ],
  fr: [
    'Confirmez votre adresse e-mail | Bonjour {name}, / Bienvenue chez {company} ! Pour activer votre compte, cliquez ici : {link} / Ce lien expire dans 24 heures.',
    'Plus qu’une étape pour rejoindre {company} | Salut {name}, valide ton adresse en un clic : {link} / Si tu n’es pas à l’origine de cette inscription, ignore ce message.',
    'Code de vérification {company} : {code} | Saisissez le code {code} pour terminer la création de votre compte. Il est valable 10 minutes.',
  ],
  es: [
    'Confirma tu correo electrónico | ¡Hola {name}! / Gracias por registrarte en {company}. Pulsa aquí para activar tu cuenta: {link} / El enlace caduca en 24 horas.',
    'Activación de su cuenta en {company} | Estimado/a {name}: / Para completar el alta, confirme su dirección de correo en el siguiente enlace: {link} / Si usted no ha solicitado el registro, ignore este mensaje.',
    '{code} es tu código de {company} | Introduce este código para verificar tu cuenta. Caduca en 10 minutos.',
  ],
  pt: [
    'Confirme o seu endereço de e-mail | Olá {name}, / Falta só um passo para ativar a sua conta {company}: {link} / Se não foi você, ignore esta mensagem.',
    'Ative sua conta {company} | Oi {name}! Que bom ter você por aqui. Clique no link para confirmar seu cadastro: {link}',
    'O seu código {company}: {code} | Introduza o código {code} para concluir o registo. Válido durante 15 minutos.',
  ],
  it: [
    'Conferma il tuo indirizzo email | Ciao {name}, / benvenuto su {company}! Conferma la tua email per attivare l’account: {link} / Il link scade tra 24 ore.',
    'Attivazione account {company} | Gentile {name}, / per completare la registrazione la preghiamo di confermare l’indirizzo cliccando qui: {link} / Se non ha richiesto la registrazione, ignori questo messaggio.',
    'Codice di verifica {company}: {code} | Usa il codice {code} per verificare il tuo account. Scade tra 10 minuti.',
  ],
  nl: [
    'Bevestig je e-mailadres | Hoi {name}, / Welkom bij {company}! Klik op de link om je account te activeren: {link} / De link verloopt na 24 uur.',
    'Activeer uw account bij {company} | Beste {name}, / Bevestig uw registratie via onderstaande link: {link} / Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren.',
    'Je {company} verificatiecode is {code} | Vul {code} in om je registratie af te ronden. Deze code is 10 minuten geldig.',
  ],
}
