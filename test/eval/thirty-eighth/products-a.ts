// Product wordings of the helpdesk and verification families, each the product's documented
// default rendered from memory in our own words (nothing pasted, not checked against the product);
// the English shape is the product's, the other languages are our rendering of it.
import type { Texts } from './wording-types.ts'

/** Source: Caldera Forms, the Auto Responder processor's default subject and message (the
 * visitor's first name, a thank-you, "we'll get back to you", then the submitted fields). */
export const CALDERA: Texts = {
  en: 'Thank you for contacting us|Hi {name}.\nThanks for your email. We will get back to you as soon as we can!\n\nYour message: {payload}\n\n{company}',
  de: 'Danke für Ihre Kontaktaufnahme|Hallo {name}.\nDanke für Ihre E-Mail. Wir melden uns so bald wie möglich!\n\nIhre Nachricht: {payload}\n\n{company}',
  fr: 'Merci de nous avoir contactés|Bonjour {name}.\nMerci pour votre e-mail. Nous vous répondrons dès que possible !\n\nVotre message : {payload}\n\n{company}',
  es: 'Gracias por contactar con nosotros|Hola {name}.\nGracias por tu correo. ¡Te responderemos lo antes posible!\n\nTu mensaje: {payload}\n\n{company}',
  pt: 'Obrigado por nos contactar|Olá {name}.\nObrigado pelo seu e-mail. Responderemos assim que possível!\n\nA sua mensagem: {payload}\n\n{company}',
  it: 'Grazie per averci contattato|Ciao {name}.\nGrazie per la tua email. Ti risponderemo il prima possibile!\n\nIl tuo messaggio: {payload}\n\n{company}',
  nl: 'Bedankt voor je bericht|Hoi {name}.\nBedankt voor je e-mail. We reageren zo snel mogelijk!\n\nJe bericht: {payload}\n\n{company}',
}

/** Source: HappyForms, the default confirmation email a form sends to the submitter ("We
 * received your message", a short thank-you and the promise to be in touch). */
export const HAPPYFORMS: Texts = {
  en: 'We received your message|Your message has been sent. Thanks for reaching out to {company}, we will be in touch soon.\n\n{payload}',
  de: 'Wir haben Ihre Nachricht erhalten|Ihre Nachricht wurde gesendet. Danke, dass Sie {company} geschrieben haben, wir melden uns bald.\n\n{payload}',
  fr: 'Nous avons reçu votre message|Votre message a été envoyé. Merci d’avoir écrit à {company}, nous revenons vers vous très vite.\n\n{payload}',
  es: 'Hemos recibido tu mensaje|Tu mensaje se ha enviado. Gracias por escribir a {company}, te contestaremos pronto.\n\n{payload}',
  pt: 'Recebemos a sua mensagem|A sua mensagem foi enviada. Obrigado por escrever à {company}, entraremos em contacto em breve.\n\n{payload}',
  it: 'Abbiamo ricevuto il tuo messaggio|Il tuo messaggio è stato inviato. Grazie per aver scritto a {company}, ci sentiamo presto.\n\n{payload}',
  nl: 'We hebben je bericht ontvangen|Je bericht is verzonden. Bedankt dat je {company} schreef, we nemen snel contact op.\n\n{payload}',
}

/** Source: ProfilePress, the default "email confirmation" mail of its registration form
 * (greets the first name, thanks for signing up at the site, asks to click the link). */
export const PROFILEPRESS: Texts = {
  en: 'Please confirm your email address|Hi {name},\nthank you for signing up at {company}. Please confirm your email address by clicking the link below:\n{link}',
  de: 'Bitte bestätigen Sie Ihre E-Mail-Adresse|Hallo {name},\ndanke für Ihre Registrierung bei {company}. Bitte bestätigen Sie Ihre E-Mail-Adresse über den folgenden Link:\n{link}',
  fr: 'Veuillez confirmer votre adresse e-mail|Bonjour {name},\nmerci de vous être inscrit sur {company}. Confirmez votre adresse en cliquant sur le lien ci-dessous :\n{link}',
  es: 'Confirma tu dirección de correo electrónico|Hola {name}:\ngracias por registrarte en {company}. Confirma tu dirección haciendo clic en el enlace:\n{link}',
  pt: 'Confirme o seu endereço de e-mail|Olá {name},\nobrigado por se registar em {company}. Confirme o seu endereço clicando na ligação abaixo:\n{link}',
  it: 'Conferma il tuo indirizzo email|Ciao {name},\ngrazie per esserti registrato su {company}. Conferma il tuo indirizzo cliccando sul link qui sotto:\n{link}',
  nl: 'Bevestig je e-mailadres|Hoi {name},\nbedankt voor je registratie bij {company}. Bevestig je e-mailadres via de link hieronder:\n{link}',
}

/** Source: WP-Members, the default new-registration mail with e-mail confirmation switched on
 * ("Your registration info for" the blog name, the username, and a link to confirm). */
export const WP_MEMBERS: Texts = {
  en: 'Your registration info for {company}|Thank you for registering for {company}.\nUsername: {name}\nPlease confirm your email address by following this link:\n{link}',
  de: 'Ihre Registrierungsdaten für {company}|Danke für Ihre Registrierung bei {company}.\nBenutzername: {name}\nBitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:\n{link}',
  fr: 'Vos informations d’inscription pour {company}|Merci de votre inscription sur {company}.\nIdentifiant : {name}\nConfirmez votre adresse e-mail via ce lien :\n{link}',
  es: 'Tus datos de registro en {company}|Gracias por registrarte en {company}.\nUsuario: {name}\nConfirma tu correo electrónico con este enlace:\n{link}',
  pt: 'Os seus dados de registo em {company}|Obrigado pelo registo em {company}.\nUtilizador: {name}\nConfirme o seu e-mail através desta ligação:\n{link}',
  it: 'I tuoi dati di registrazione per {company}|Grazie per esserti registrato su {company}.\nNome utente: {name}\nConferma il tuo indirizzo email con questo link:\n{link}',
  nl: 'Je registratiegegevens voor {company}|Bedankt voor je registratie bij {company}.\nGebruikersnaam: {name}\nBevestig je e-mailadres via deze link:\n{link}',
}
