// Building blocks for composed wave texts (en, de, fr, es), written for this set: greetings,
// closings, and per variant "subject :: core sentence" pairs. composed.ts puts them together,
// sometimes moving the reference into the subject or adding an emoji.
import type { Blocks } from './composed.ts'

export const BLOCKS_EN: Blocks = {
  greet: ['Hello {name},', 'Hi there,', 'Dear customer,'],
  close: ['Kind regards,', 'Thanks,', 'All the best,'],
  ticket: [
    'We have received your request :: Your request ({ref}) is now with our support team: "{subject}". We usually answer within a day.',
    'Support case {ref} created :: A support case was opened for you. Reference: {ref}. Summary: {message}',
  ],
  webcopy: [
    'Your message via {site} :: Below is a copy of what was submitted on our contact page:\n\n{message}',
    'We received your contact form :: Thanks for getting in touch. For your records, your message read:\n"{message}"',
  ],
  b2b: [
    'Thanks for your interest in {company} :: Our team has your request for a demo and will reach out to schedule a call. Notes: {message}',
    'Your request for quotation {ref} :: We have logged your request for quotation {ref} and will send pricing shortly.',
  ],
  signup: [
    'Confirm your {company} account :: Please confirm your email address to finish creating your account: {link}',
    'Your verification code :: Your verification code is {code}. Enter it to finish signing up.',
  ],
  forum: [
    'Activate your {company} community account :: Your forum account "{name}" needs activating before you can post: {link}',
    'Welcome aboard, {name} :: Thanks for registering on our discussion board. Activate your membership here: {link}',
  ],
  optin: [
    'Please confirm your subscription :: To start receiving our newsletter, confirm your subscription: {link}',
    'Is this really you? :: We just need to check this address before we add it to our mailing list: {link}',
  ],
  reset: [
    'Password reset requested :: Somebody asked to reset the password for {email}. Use this link to set a new one: {link}',
    'Your reset link :: Use the link below to create a new password. It is valid for one hour: {link}',
  ],
}

export const BLOCKS_DE: Blocks = {
  greet: ['Hallo {name},', 'Guten Tag,', 'Liebe Kundin, lieber Kunde,'],
  close: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
  ticket: [
    'Wir haben Ihre Anfrage erhalten :: Ihre Anfrage ({ref}) liegt unserem Support vor: „{subject}“. In der Regel antworten wir innerhalb eines Tages.',
    'Supportfall {ref} angelegt :: Für Sie wurde ein Supportfall angelegt. Referenz: {ref}. Zusammenfassung: {message}',
  ],
  webcopy: [
    'Ihre Nachricht über {site} :: Nachfolgend eine Kopie Ihrer Eingaben auf unserer Kontaktseite:\n\n{message}',
    'Ihr Kontaktformular ist angekommen :: Danke für Ihre Nachricht. Zu Ihren Unterlagen, Sie schrieben:\n„{message}“',
  ],
  b2b: [
    'Danke für Ihr Interesse an {company} :: Ihre Demo-Anfrage liegt uns vor, wir melden uns zur Terminabstimmung. Notizen: {message}',
    'Ihre Preisanfrage {ref} :: Wir haben Ihre Preisanfrage {ref} erfasst und senden Ihnen in Kürze ein Angebot.',
  ],
  signup: [
    'Bestätigen Sie Ihr {company} Konto :: Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Registrierung abzuschließen: {link}',
    'Ihr Bestätigungscode :: Ihr Bestätigungscode lautet {code}. Geben Sie ihn ein, um die Anmeldung abzuschließen.',
  ],
  forum: [
    'Aktivieren Sie Ihr Community-Konto bei {company} :: Ihr Forenkonto „{name}“ muss aktiviert werden, bevor Sie schreiben können: {link}',
    'Willkommen an Bord, {name} :: Danke für Ihre Registrierung in unserem Diskussionsforum. Mitgliedschaft aktivieren: {link}',
  ],
  optin: [
    'Bitte bestätigen Sie Ihr Abonnement :: Um unseren Newsletter zu erhalten, bestätigen Sie bitte Ihr Abonnement: {link}',
    'Sind Sie das wirklich? :: Wir möchten diese Adresse kurz prüfen, bevor wir sie in unseren Verteiler aufnehmen: {link}',
  ],
  reset: [
    'Zurücksetzen des Passworts angefordert :: Jemand möchte das Passwort für {email} zurücksetzen. Hier legen Sie ein neues fest: {link}',
    'Ihr Link zum Zurücksetzen :: Über den folgenden Link vergeben Sie ein neues Passwort. Er ist eine Stunde gültig: {link}',
  ],
}

export const BLOCKS_FR: Blocks = {
  greet: ['Bonjour {name},', 'Bonjour,', 'Chère cliente, cher client,'],
  close: ['Bien cordialement,', 'Merci et à bientôt,', 'Sincères salutations,'],
  ticket: [
    'Nous avons bien reçu votre demande :: Votre demande ({ref}) est entre les mains de notre support : « {subject} ». Réponse sous 24 heures en général.',
    'Dossier d’assistance {ref} créé :: Un dossier d’assistance a été ouvert pour vous. Référence : {ref}. Résumé : {message}',
  ],
  webcopy: [
    'Votre message via {site} :: Voici une copie des informations saisies sur notre page de contact :\n\n{message}',
    'Formulaire de contact bien reçu :: Merci de nous avoir écrit. Pour vos archives, votre message était :\n« {message} »',
  ],
  b2b: [
    'Merci de votre intérêt pour {company} :: Nous avons reçu votre demande de démo et vous recontacterons pour fixer un rendez-vous. Notes : {message}',
    'Votre demande de prix {ref} :: Votre demande de prix {ref} est enregistrée, nous vous enverrons une offre rapidement.',
  ],
  signup: [
    'Confirmez votre compte {company} :: Merci de confirmer votre adresse e-mail pour finaliser la création de votre compte : {link}',
    'Votre code de vérification :: Votre code de vérification est {code}. Saisissez-le pour terminer l’inscription.',
  ],
  forum: [
    'Activez votre compte communauté {company} :: Votre compte forum « {name} » doit être activé avant de pouvoir publier : {link}',
    'Bienvenue à bord, {name} :: Merci pour votre inscription sur notre forum de discussion. Activez votre adhésion ici : {link}',
  ],
  optin: [
    'Merci de confirmer votre abonnement :: Pour recevoir notre lettre d’information, confirmez votre abonnement : {link}',
    'Est-ce bien vous ? :: Nous devons vérifier cette adresse avant de l’ajouter à notre liste de diffusion : {link}',
  ],
  reset: [
    'Demande de nouveau mot de passe :: Quelqu’un a demandé à réinitialiser le mot de passe de {email}. Définissez-en un nouveau ici : {link}',
    'Votre lien de réinitialisation :: Utilisez le lien ci-dessous pour créer un nouveau mot de passe. Il est valable une heure : {link}',
  ],
}

export const BLOCKS_ES: Blocks = {
  greet: ['Hola {name}:', 'Buenos días:', 'Estimado/a cliente:'],
  close: ['Un saludo,', 'Atentamente,', 'Gracias,'],
  ticket: [
    'Hemos recibido su solicitud :: Su solicitud ({ref}) ya está en manos de nuestro soporte: «{subject}». Solemos responder en un día.',
    'Caso de soporte {ref} creado :: Hemos abierto un caso de soporte. Referencia: {ref}. Resumen: {message}',
  ],
  webcopy: [
    'Su mensaje a través de {site} :: A continuación, una copia de lo enviado en nuestra página de contacto:\n\n{message}',
    'Hemos recibido su formulario :: Gracias por escribirnos. Para su archivo, su mensaje decía:\n«{message}»',
  ],
  b2b: [
    'Gracias por su interés en {company} :: Hemos recibido su solicitud de demo y le contactaremos para concertar una llamada. Notas: {message}',
    'Su petición de oferta {ref} :: Hemos registrado su petición de oferta {ref} y le enviaremos precios en breve.',
  ],
  signup: [
    'Confirme su cuenta de {company} :: Confirme su dirección de correo para terminar de crear su cuenta: {link}',
    'Su código de verificación :: Su código de verificación es {code}. Introdúzcalo para completar el registro.',
  ],
  forum: [
    'Active su cuenta de la comunidad {company} :: Su cuenta del foro «{name}» debe activarse antes de publicar: {link}',
    'Bienvenido a bordo, {name} :: Gracias por registrarse en nuestro foro. Active su membresía aquí: {link}',
  ],
  optin: [
    'Confirme su suscripción :: Para recibir nuestro boletín, confirme su suscripción: {link}',
    '¿Es usted? :: Necesitamos comprobar esta dirección antes de añadirla a nuestra lista de correo: {link}',
  ],
  reset: [
    'Solicitud de cambio de contraseña :: Alguien ha pedido restablecer la contraseña de {email}. Cree una nueva aquí: {link}',
    'Su enlace de restablecimiento :: Use el siguiente enlace para crear una contraseña nueva. Es válido durante una hora: {link}',
  ],
}
