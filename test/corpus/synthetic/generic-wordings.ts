/* eslint-disable max-lines -- a data table of development wordings */
// DEVELOPMENT DATA, written for tuning the generic evidence model: automated confirmation mails
// in en, de, fr, es, pt, it and nl, worded the way companies' own forms and account systems
// phrase them, deliberately NOT copied from any product template (src/core/mail/templates/templates.ts) and not
// taken from any evaluation set. The detector was tuned on these; their figures are development
// figures, never held-out ones. "{b}" is the company name, "{p}" the echoed payload, "{n}" an id.

export type WordingFamily =
  | 'ack'
  | 'verify-email'
  | 'activate'
  | 'subscription'
  | 'password-reset'
  | 'sign-in-code'
  | 'welcome'

export type WordingLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl'

export interface Wording {
  family: WordingFamily
  language: WordingLanguage
  subject: string
  snippet: string
}

const w = (
  family: WordingFamily,
  language: WordingLanguage,
  subject: string,
  snippet: string,
): Wording => ({ family, language, subject, snippet })

export const GENERIC_WORDINGS: readonly Wording[] = [
  // en
  w(
    'ack',
    'en',
    'We got your message: {p}',
    'Hi there, we received your request and someone from the {b} team will reply within two business days. Reference {n}.',
  ),
  w(
    'ack',
    'en',
    'Your {b} support case {n}',
    'Thank you for contacting {b}. Your case has been logged and an agent will get back to you shortly.',
  ),
  w(
    'ack',
    'en',
    'Thanks for reaching out',
    'This is an automatic reply to let you know your enquiry about "{p}" reached us.',
  ),
  w(
    'verify-email',
    'en',
    'Please verify your email address',
    'Tap the button below to verify the address you used to sign up for {b}.',
  ),
  w(
    'verify-email',
    'en',
    'Confirm your email for {b}',
    'One more step: confirm that this is your email so we can finish setting things up.',
  ),
  w(
    'activate',
    'en',
    'Activate your {b} account',
    'Your account is almost ready. Activate it within 24 hours using the link below.',
  ),
  w(
    'subscription',
    'en',
    'Confirm your subscription to {b}',
    'You (or someone using your address) asked to receive our newsletter. Please confirm.',
  ),
  w(
    'subscription',
    'en',
    'One click to complete your sign-up',
    'Please confirm your subscription to the {b} mailing list by clicking below.',
  ),
  w(
    'password-reset',
    'en',
    'Reset your {b} password',
    'Someone asked to reset the password for this account. If it was you, use the link below.',
  ),
  w(
    'sign-in-code',
    'en',
    'Your {b} sign-in code',
    'Use 482 913 to log in. The code expires in ten minutes.',
  ),
  w(
    'welcome',
    'en',
    'Welcome to {b}!',
    'Thanks for joining. Before you start, please confirm your email address.',
  ),
  // de
  w(
    'ack',
    'de',
    'Ihre Anfrage bei {b} ist eingegangen',
    'Vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen erhalten und melden uns so schnell wie möglich.',
  ),
  w(
    'ack',
    'de',
    'Eingangsbestätigung: {p}',
    'Guten Tag, Ihre Anfrage wurde unter der Vorgangsnummer {n} erfasst.',
  ),
  w(
    'verify-email',
    'de',
    'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    'Um Ihr Konto bei {b} zu nutzen, bestätigen Sie bitte Ihre E-Mail-Adresse über den folgenden Link.',
  ),
  w(
    'activate',
    'de',
    'Aktivieren Sie Ihr {b}-Konto',
    'Ihr Benutzerkonto wurde angelegt. Klicken Sie auf den Link, um es zu aktivieren.',
  ),
  w(
    'subscription',
    'de',
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    'Sie haben sich für den Newsletter von {b} angemeldet. Bitte bestätigen Sie Ihre Anmeldung.',
  ),
  w(
    'password-reset',
    'de',
    'Passwort zurücksetzen',
    'Sie haben angefordert, Ihr Passwort bei {b} zurückzusetzen.',
  ),
  w(
    'sign-in-code',
    'de',
    'Ihr Bestätigungscode für {b}',
    'Ihr Code lautet 551 208. Er ist 15 Minuten gültig.',
  ),
  // fr
  w(
    'ack',
    'fr',
    'Nous avons bien reçu votre demande',
    'Bonjour, votre message a bien été reçu par notre équipe {b}. Nous reviendrons vers vous rapidement.',
  ),
  w(
    'ack',
    'fr',
    'Accusé de réception : {p}',
    'Merci de nous avoir contactés. Votre demande n° {n} a été enregistrée.',
  ),
  w(
    'verify-email',
    'fr',
    'Vérifiez votre adresse e-mail',
    'Pour finaliser votre inscription sur {b}, merci de vérifier votre adresse e-mail.',
  ),
  w(
    'activate',
    'fr',
    'Activez votre compte {b}',
    'Votre compte a été créé. Cliquez sur le lien ci-dessous pour l’activer.',
  ),
  w(
    'subscription',
    'fr',
    'Confirmez votre inscription à la newsletter',
    'Merci de confirmer votre abonnement à la lettre d’information de {b}.',
  ),
  w(
    'password-reset',
    'fr',
    'Réinitialisation de votre mot de passe',
    'Vous avez demandé à réinitialiser votre mot de passe {b}.',
  ),
  w(
    'sign-in-code',
    'fr',
    'Votre code de connexion {b}',
    'Voici votre code : 730 115. Il expire dans 10 minutes.',
  ),
  // es
  w(
    'ack',
    'es',
    'Hemos recibido tu mensaje',
    'Gracias por contactar con {b}. Tu solicitud {n} ha sido registrada y te responderemos pronto.',
  ),
  w(
    'ack',
    'es',
    'Recibimos tu consulta: {p}',
    'Un agente de {b} revisará tu caso lo antes posible.',
  ),
  w(
    'verify-email',
    'es',
    'Verifica tu dirección de correo electrónico',
    'Confirma tu correo para terminar de crear tu cuenta en {b}.',
  ),
  w(
    'activate',
    'es',
    'Activa tu cuenta de {b}',
    'Tu cuenta está casi lista. Actívala con el siguiente enlace.',
  ),
  w(
    'subscription',
    'es',
    'Confirma tu suscripción',
    'Para recibir el boletín de {b}, confirma tu suscripción haciendo clic aquí.',
  ),
  w(
    'password-reset',
    'es',
    'Restablece tu contraseña',
    'Recibimos una petición para restablecer la contraseña de tu cuenta {b}.',
  ),
  w('sign-in-code', 'es', 'Tu código de verificación', 'Tu código de {b} es 904 377.'),
  // pt
  w(
    'ack',
    'pt',
    'Recebemos a sua solicitação',
    'Olá! A sua mensagem foi recebida pela equipe {b}. Retornaremos em breve. Protocolo {n}.',
  ),
  w(
    'ack',
    'pt',
    'Obrigado pelo contato: {p}',
    'Seu chamado foi aberto e será analisado pela nossa equipe.',
  ),
  w(
    'verify-email',
    'pt',
    'Confirme o seu endereço de e-mail',
    'Falta pouco! Confirme o seu e-mail para concluir o cadastro na {b}.',
  ),
  w(
    'activate',
    'pt',
    'Ative sua conta {b}',
    'Sua conta foi criada. Clique no link abaixo para ativá-la.',
  ),
  w(
    'subscription',
    'pt',
    'Confirme sua inscrição na newsletter',
    'Clique para confirmar sua assinatura da newsletter da {b}.',
  ),
  w(
    'password-reset',
    'pt',
    'Redefinição de senha',
    'Recebemos um pedido para redefinir a senha da sua conta {b}.',
  ),
  w('sign-in-code', 'pt', 'Seu código de acesso', 'Use o código 218 640 para entrar na {b}.'),
  // it
  w(
    'ack',
    'it',
    'Abbiamo ricevuto la tua richiesta',
    'Grazie per averci contattato. Il team {b} ti risponderà al più presto. Pratica {n}.',
  ),
  w(
    'ack',
    'it',
    'Conferma di ricezione: {p}',
    'La tua segnalazione è stata registrata con il numero {n}.',
  ),
  w(
    'verify-email',
    'it',
    'Verifica il tuo indirizzo email',
    'Per completare la registrazione su {b}, verifica il tuo indirizzo email.',
  ),
  w(
    'activate',
    'it',
    'Attiva il tuo account {b}',
    'Il tuo account è stato creato. Attivalo con il link qui sotto.',
  ),
  w(
    'subscription',
    'it',
    "Conferma l'iscrizione alla newsletter",
    'Clicca sul pulsante per confermare la tua iscrizione alla newsletter di {b}.',
  ),
  w(
    'password-reset',
    'it',
    'Reimposta la tua password',
    'Abbiamo ricevuto una richiesta di reimpostare la password del tuo account {b}.',
  ),
  w('sign-in-code', 'it', 'Il tuo codice di accesso', 'Il codice per accedere a {b} è 663 901.'),
  // nl
  w(
    'ack',
    'nl',
    'We hebben je aanvraag ontvangen',
    'Bedankt voor je bericht aan {b}. We nemen zo snel mogelijk contact met je op. Referentie {n}.',
  ),
  w(
    'ack',
    'nl',
    'Ontvangstbevestiging: {p}',
    'Je vraag is bij ons binnengekomen en geregistreerd onder nummer {n}.',
  ),
  w(
    'verify-email',
    'nl',
    'Bevestig je e-mailadres',
    'Bevestig je e-mailadres om je registratie bij {b} af te ronden.',
  ),
  w(
    'activate',
    'nl',
    'Activeer je {b}-account',
    'Je account is aangemaakt. Activeer het via de onderstaande link.',
  ),
  w(
    'subscription',
    'nl',
    'Bevestig je inschrijving voor de nieuwsbrief',
    'Klik hieronder om je aanmelding voor de nieuwsbrief van {b} te bevestigen.',
  ),
  w(
    'password-reset',
    'nl',
    'Wachtwoord opnieuw instellen',
    'Je hebt gevraagd om het wachtwoord van je {b}-account opnieuw in te stellen.',
  ),
  w('sign-in-code', 'nl', 'Je inlogcode', 'Je code voor {b} is 319 522.'),
]
