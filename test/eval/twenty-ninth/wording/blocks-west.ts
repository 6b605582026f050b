// Composer blocks for English, German, French and Spanish.
import type { Blocks } from './blocks.ts'

export const BLOCKS_WEST = {
  en: {
    greeting: ['Hello {p},', 'Hi {p} 👋', 'Dear {p},'],
    sentence: {
      helpdesk: [
        'Your enquiry "{p}" reached us and is logged as {ref}.',
        'We received your message and opened request {ref}.',
        'Thanks, your support request ({ref}) has been received.',
      ],
      verification: [
        'Thanks for creating an account with {c}.',
        'You signed up to {c} with this address.',
        'Your {c} registration is almost done.',
      ],
      subscription: [
        'You asked to join the {c} mailing list.',
        'Someone entered this address in our newsletter form.',
        'Welcome aboard the {c} newsletter - nearly.',
      ],
      reset: [
        'A password reset was requested for your {c} account.',
        'You (or someone) asked to change your {c} password.',
        'Here is the sign-in code you asked for: {code}.',
      ],
    },
    step: {
      helpdesk: ['We will get back to you shortly.', 'Track it any time at {link}.'],
      verification: ['Confirm your address: {link}', 'Activate your account here: {link}'],
      subscription: ['Please confirm: {link}', 'Click to confirm your subscription: {link}'],
      reset: ['Set a new password: {link}', 'The link or code expires in 20 minutes.'],
    },
    closing: ['Best wishes, {c}', 'The {c} team', 'Thanks, {c} Support'],
    subject: {
      helpdesk: ['We received your request [{ref}]', 'Re: {p}', '{c}: request {ref} received'],
      verification: [
        'Please verify your email',
        'Activate your {c} account',
        'Welcome to {c} - confirm your address',
      ],
      subscription: [
        'Confirm your subscription',
        'One more step to join {c}',
        'Please confirm your email',
      ],
      reset: ['Password reset request', 'Your {c} sign-in code', 'Reset your password'],
    },
  },
  de: {
    greeting: ['Hallo {p},', 'Guten Tag {p},', 'Hi {p}!'],
    sentence: {
      helpdesk: [
        'Ihre Anfrage „{p}“ ist eingegangen (Nr. {ref}).',
        'Wir haben dein Anliegen erhalten und unter {ref} gespeichert.',
        'Danke für Ihre Nachricht, Vorgang {ref} wurde angelegt.',
      ],
      verification: [
        'danke für Ihre Registrierung bei {c}.',
        'du hast dich gerade bei {c} angemeldet.',
        'Ihr Konto bei {c} ist fast fertig.',
      ],
      subscription: [
        'Sie möchten unseren Newsletter erhalten.',
        'jemand hat diese Adresse für den {c}-Newsletter eingetragen.',
        'fast geschafft mit deiner Newsletter-Anmeldung.',
      ],
      reset: [
        'für Ihr Konto bei {c} wurde ein neues Passwort angefordert.',
        'du möchtest dein Passwort bei {c} ändern.',
        'dein Anmeldecode lautet {code}.',
      ],
    },
    step: {
      helpdesk: ['Wir melden uns so schnell wie möglich.', 'Den Stand sehen Sie unter {link}.'],
      verification: ['Bitte bestätigen: {link}', 'Konto aktivieren: {link}'],
      subscription: ['Bitte bestätige hier: {link}', 'Anmeldung bestätigen: {link}'],
      reset: ['Neues Passwort festlegen: {link}', 'Der Code gilt 15 Minuten.'],
    },
    closing: ['Viele Grüße, {c}', 'Ihr {c}-Team', 'Beste Grüße vom {c} Kundenservice'],
    subject: {
      helpdesk: ['Ihre Anfrage {ref} ist eingegangen', 'AW: {p}', '{c}: Vorgang {ref}'],
      verification: [
        'Bitte bestätige deine E-Mail-Adresse',
        'Konto aktivieren bei {c}',
        'Willkommen bei {c}',
      ],
      subscription: [
        'Newsletter-Anmeldung bestätigen',
        'Noch ein Klick bis zum {c}-Newsletter',
        'Bitte bestätigen',
      ],
      reset: ['Passwort zurücksetzen', 'Dein {c}-Code', 'Neues Passwort angefordert'],
    },
  },
  fr: {
    greeting: ['Bonjour {p},', 'Cher client,', 'Salut {p} !'],
    sentence: {
      helpdesk: [
        'Votre demande « {p} » a bien été reçue (réf. {ref}).',
        'Nous avons enregistré votre message sous le numéro {ref}.',
        'Merci, votre requête {ref} est entre de bonnes mains.',
      ],
      verification: [
        'merci pour votre inscription chez {c}.',
        'vous venez de créer un compte {c}.',
        'votre compte {c} est presque prêt.',
      ],
      subscription: [
        'vous souhaitez recevoir notre newsletter.',
        'cette adresse a été saisie sur notre formulaire.',
        'plus qu’une étape pour la lettre de {c}.',
      ],
      reset: [
        'une réinitialisation de mot de passe a été demandée.',
        'vous voulez changer le mot de passe de {c}.',
        'voici votre code : {code}.',
      ],
    },
    step: {
      helpdesk: ['Nous vous répondons rapidement.', 'Suivez-la ici : {link}'],
      verification: ['Confirmez votre adresse : {link}', 'Activez le compte : {link}'],
      subscription: ['Confirmez ici : {link}', 'Je confirme : {link}'],
      reset: ['Nouveau mot de passe : {link}', 'Le code expire dans 10 minutes.'],
    },
    closing: ['Cordialement, {c}', 'L’équipe {c}', 'À bientôt, le service client {c}'],
    subject: {
      helpdesk: ['Demande {ref} reçue', 'RE : {p}', '{c} – votre demande {ref}'],
      verification: [
        'Confirmez votre adresse e-mail',
        'Activez votre compte {c}',
        'Bienvenue chez {c}',
      ],
      subscription: [
        'Confirmez votre abonnement',
        'Plus qu’un clic',
        'Inscription à la newsletter {c}',
      ],
      reset: ['Réinitialisation du mot de passe', 'Votre code {c}', 'Mot de passe oublié'],
    },
  },
  es: {
    greeting: ['Hola {p}:', 'Estimado/a {p}:', '¡Hola {p}!'],
    sentence: {
      helpdesk: [
        'Hemos recibido tu solicitud «{p}» (n.º {ref}).',
        'Tu consulta ha llegado y tiene el número {ref}.',
        'Registramos su petición con la referencia {ref}.',
      ],
      verification: [
        'gracias por registrarte en {c}.',
        'acabas de crear una cuenta en {c}.',
        'tu cuenta de {c} está casi lista.',
      ],
      subscription: [
        'has pedido recibir nuestro boletín.',
        'alguien apuntó este correo en nuestro formulario.',
        'te falta un paso para la newsletter de {c}.',
      ],
      reset: [
        'se pidió un cambio de contraseña en {c}.',
        'quieres restablecer tu contraseña.',
        'tu código es {code}.',
      ],
    },
    step: {
      helpdesk: ['Te responderemos en breve.', 'Síguela aquí: {link}'],
      verification: ['Confirma tu correo: {link}', 'Activa la cuenta: {link}'],
      subscription: ['Confirma aquí: {link}', 'Sí, quiero suscribirme: {link}'],
      reset: ['Nueva contraseña: {link}', 'El código caduca en 10 minutos.'],
    },
    closing: ['Saludos, {c}', 'El equipo de {c}', 'Atentamente, Atención al Cliente {c}'],
    subject: {
      helpdesk: ['Hemos recibido tu solicitud {ref}', 'RE: {p}', 'Consulta recibida - {c}'],
      verification: [
        'Confirma tu dirección de correo',
        'Activa tu cuenta de {c}',
        'Bienvenido a {c}',
      ],
      subscription: ['Confirma tu suscripción', 'Un clic más', 'Alta en el boletín de {c}'],
      reset: ['Restablecer contraseña', 'Tu código de {c}', '¿Olvidaste tu contraseña?'],
    },
  },
} satisfies Record<string, Blocks>
