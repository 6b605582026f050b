// Hand-written company wordings, English, German, French and Spanish (two per form).
import type { HandByLang } from './types.ts'

export const HAND_A: HandByLang = {
  en: {
    helpdesk: [
      'We’ve got your message, {name} || Hi {name}, thanks for reaching out to {company}. Your case number is {ref}; one of our people will pick it up within two working days. Reply here if you have photos or an order number to add.',
      'Re: {name} [#{ref}] || This is an automatic note to say your request reached the {company} care desk. Average reply time this week: 9 hours. Please don’t open a second request for the same issue.',
    ],
    verification: [
      'One more step to join {company} || Hey {name}, tap the link below to prove this inbox is yours and your account goes live. {link} Didn’t sign up? Someone may have mistyped their address; you can ignore us.',
      'Activate your {company} account || Welcome aboard, {name}. Your account is waiting: activate it within 72 hours with this link {link}. After that we tidy unactivated accounts away.',
    ],
    subscription: [
      'Nearly there — confirm you want our emails || {name}, you (or someone) asked for the {company} Friday letter. Confirm with one click: {link}. No click, no emails. Simple as that.',
      '{company}: please confirm || Thanks for your interest in {company} deals. Under GDPR we need a yes from you before we send anything: {link}',
    ],
    reset: [
      'Your password reset link || Hi {name}, use this link to choose a new {company} password: {link}. It works once and expires in 30 minutes. Your current password still works until you change it.',
      'Sign-in code for {company}: {code} || Your one-time code is {code}. Enter it on the sign-in screen. If you weren’t trying to sign in, you can ignore this — nobody can get in without the code.',
    ],
    submit: [
      'Verify your email address to submit your request || Hello {name}, before our team can see your request to {company} support, please verify your email address: {link}. Requests that are not verified within 7 days are deleted.',
      'Action needed: confirm your request to {company} || We received a request from this address. To submit it to our support team, confirm it is really you: {link}. Subject: {name}',
    ],
  },
  de: {
    helpdesk: [
      'Ihre Anfrage ist bei uns angekommen (Vorgang {ref}) || Guten Tag {name}, vielen Dank für Ihre Nachricht an den {company} Kundenservice. Wir bearbeiten Anfragen in der Reihenfolge des Eingangs und melden uns in der Regel innerhalb von 48 Stunden.',
      'Eingangsbestätigung: {name} || Hallo {name}! Danke, dass du uns geschrieben hast. Unser Team schaut sich dein Anliegen ({ref}) an und meldet sich. Bitte antworte direkt auf diese Mail, wenn dir noch etwas einfällt. Dein {company} Team',
    ],
    verification: [
      'Bitte bestätigen Sie Ihre E-Mail-Adresse || Sehr geehrte/r {name}, um Ihr Kundenkonto bei {company} zu aktivieren, klicken Sie bitte auf folgenden Link: {link}. Der Link ist 24 Stunden gültig.',
      'Fast geschafft, {name}! || Nur noch ein Klick und dein {company}-Konto ist startklar: {link} Du hast dich nicht registriert? Dann kannst du diese Mail einfach löschen.',
    ],
    subscription: [
      'Bitte bestätigen Sie Ihre Newsletter-Anmeldung || Vielen Dank für Ihr Interesse an unserem Newsletter. Bitte bestätigen Sie Ihre Anmeldung über diesen Link: {link} (Double-Opt-In). Ihr {company}',
      'Noch ein Klick zum {company} Newsletter || Hallo {name}, damit wir dir News und Rabatte schicken dürfen, bestätige bitte kurz: {link}',
    ],
    reset: [
      'Passwort vergessen? || Hallo {name}, Sie haben ein neues Passwort für Ihr {company}-Konto angefordert. Hier können Sie es festlegen: {link}. Aus Sicherheitsgründen ist der Link nur 60 Minuten gültig.',
      'Dein Anmeldecode: {code} || Gib diesen Code in der {company} App ein: {code}. Er ist 10 Minuten gültig. Teile ihn mit niemandem.',
    ],
    submit: [
      'Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihre Anfrage abzusenden || Guten Tag, wir haben eine Anfrage an den {company} Support erhalten. Damit sie bearbeitet werden kann, bestätigen Sie bitte Ihre E-Mail-Adresse: {link}',
      'Anfrage noch nicht abgeschickt || Hallo {name}, deine Nachricht an {company} wartet noch. Bestätige deine Adresse, dann geht sie an unser Team: {link}',
    ],
  },
  fr: {
    helpdesk: [
      'Nous avons bien reçu votre demande n° {ref} || Bonjour {name}, merci d’avoir écrit au service client {company}. Un conseiller vous répondra sous 72 h ouvrées. Inutile de renvoyer votre message.',
      'Accusé de réception — {name} || Votre message est arrivé chez {company} ! Référence : {ref}. Nous revenons vers vous très vite. Bonne journée, l’équipe {company}',
    ],
    verification: [
      'Activez votre compte {company} || Bonjour {name}, bienvenue ! Pour activer votre compte, cliquez sur ce lien : {link}. Sans activation sous 48 h, l’inscription est annulée.',
      'Confirmez votre adresse e-mail || {name}, plus qu’une étape : confirmez que cette adresse est bien la vôtre. {link} Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
    ],
    subscription: [
      'Confirmez votre inscription à notre lettre || Bonjour, vous avez demandé à recevoir la lettre de {company}. Merci de confirmer : {link}. Vous pourrez vous désinscrire à tout moment.',
      'Dernière étape avant nos bons plans || {name}, un clic pour valider votre abonnement aux offres {company} : {link}',
    ],
    reset: [
      'Réinitialisation de votre mot de passe || Bonjour {name}, vous avez demandé un nouveau mot de passe pour {company}. Créez-le ici : {link}. Ce lien expire dans une heure.',
      'Votre code de connexion : {code} || Saisissez le code {code} pour vous connecter à votre espace {company}. Il est valable 15 minutes.',
    ],
    submit: [
      'Vérifiez votre adresse e-mail pour envoyer votre demande || Bonjour, pour que votre demande parvienne au support {company}, vérifiez votre adresse : {link}. Sans vérification, elle ne sera pas traitée.',
      'Votre demande attend une confirmation || {name}, confirmez votre adresse pour transmettre votre message à l’équipe {company} : {link}',
    ],
  },
  es: {
    helpdesk: [
      'Hemos recibido tu consulta ({ref}) || ¡Hola, {name}! Gracias por escribir a {company}. Te contestaremos en un plazo de 24-48 horas laborables. Tu número de caso es {ref}.',
      'Recibido: {name} || Estimado/a cliente: su solicitud ha sido registrada con el número {ref}. Un agente de {company} se pondrá en contacto con usted en breve. Atentamente, Atención al Cliente',
    ],
    verification: [
      'Activa tu cuenta en {company} || Hola {name}, ya casi está. Pulsa aquí para activar tu cuenta: {link}. Si no has sido tú, ignora este correo.',
      'Confirma tu dirección de correo electrónico || Estimado/a {name}: para completar el alta en {company} confirme su correo en el siguiente enlace: {link}',
    ],
    subscription: [
      'Confirma tu suscripción a la newsletter || ¡Gracias por apuntarte, {name}! Confirma tu suscripción para empezar a recibir novedades de {company}: {link}',
      '¿Seguro que quieres recibir nuestras ofertas? || Alguien ha suscrito esta dirección a {company}. Si has sido tú, confírmalo aquí: {link}. Si no, no hagas nada.',
    ],
    reset: [
      'Cambio de contraseña solicitado || Hola {name}: hemos recibido una solicitud para cambiar la contraseña de tu cuenta {company}. Hazlo desde aquí: {link}. El enlace caduca en 2 horas.',
      'Tu código de verificación es {code} || Introduce {code} en {company} para continuar. Caduca en 10 minutos. Nunca te lo pediremos por teléfono.',
    ],
    submit: [
      'Verifica tu correo electrónico para enviar tu solicitud || Hola, para que tu solicitud llegue al equipo de soporte de {company}, verifica tu dirección: {link}',
      'Tu solicitud aún no se ha enviado || {name}, confirma tu correo y la pasaremos a nuestro equipo de {company}: {link}',
    ],
  },
}
