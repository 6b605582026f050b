// Building blocks written for this set, from which companies' own wordings are composed:
// greeting, subject, the family's sentence, a next step and a closing (en, de, fr, es).
import type { Family } from '../products/types.ts'

export interface Blocks {
  greet: readonly string[]
  subject: Record<Family, readonly string[]>
  core: Record<Family, readonly string[]>
  next: Record<Family, readonly string[]>
  close: readonly string[]
}

export const BLOCKS_A: Record<'en' | 'de' | 'fr' | 'es', Blocks> = {
  en: {
    greet: ['Hi {p},', 'Hello {p}!', 'Dear {p},', 'Hey there,'],
    subject: {
      helpdesk: [
        'Re: {p}',
        'Your enquiry {num}',
        '{brand} support: ticket {num}',
        'Thanks for contacting {brand}',
      ],
      verification: ['Confirm your email', '{brand}: verify your address', 'Your {brand} account'],
      subscription: ['{list}: almost there', 'Welcome to {list}?', 'Just checking 🙂'],
      reset: ['Reset your password', '{brand} account recovery', 'Your login link'],
    },
    core: {
      helpdesk: [
        'Your enquiry has reached us.',
        'We have logged your ticket under number {num}.',
        'Your message is now in our queue.',
      ],
      verification: [
        'Please verify your email to finish setting up your account.',
        'Your code is {code}.',
      ],
      subscription: [
        'Please confirm that you want to receive {list}.',
        'Click once to start your subscription.',
      ],
      reset: [
        'Someone asked to reset the password for this account.',
        'Here is the link you asked for to get back in.',
      ],
    },
    next: {
      helpdesk: [
        'Expect an answer within 2 business days.',
        'Reply to this email to add more details.',
      ],
      verification: ['Confirm here: {link}', 'The link is valid for 24 hours: {link}'],
      subscription: ['Confirm: {link}', '👉 {link}'],
      reset: ['Reset here: {link}', 'This link expires in 30 minutes: {link}'],
    },
    close: ['Best, the {brand} team', 'Cheers, {brand}', '— {brand} Customer Care'],
  },
  de: {
    greet: ['Hallo {p},', 'Guten Tag {p},', 'Liebe/r {p},', 'Moin!'],
    subject: {
      helpdesk: [
        'AW: {p}',
        'Ihre Anfrage {num}',
        '{brand} Kundenservice: Ticket {num}',
        'Danke für Ihre Nachricht',
      ],
      verification: [
        'Bitte bestätige deine E-Mail',
        '{brand}: Adresse bestätigen',
        'Dein {brand}-Konto',
      ],
      subscription: ['{list}: fast fertig', 'Willkommen bei {list}?', 'Kurze Rückfrage 🙂'],
      reset: ['Passwort zurücksetzen', '{brand} Kontowiederherstellung', 'Dein Anmeldelink'],
    },
    core: {
      helpdesk: [
        'Ihre Anfrage ist bei uns eingegangen.',
        'Wir haben Ihr Ticket unter der Nummer {num} erfasst.',
        'Deine Nachricht liegt jetzt bei unserem Team.',
      ],
      verification: [
        'Bitte bestätige deine Adresse, um die Registrierung abzuschließen.',
        'Dein Code lautet {code}.',
      ],
      subscription: [
        'Bitte bestätigen Sie, dass Sie {list} erhalten möchten.',
        'Ein Klick und dein Abo startet.',
      ],
      reset: [
        'Für dieses Konto wurde ein neues Passwort angefordert.',
        'Hier ist der gewünschte Link zur Anmeldung.',
      ],
    },
    next: {
      helpdesk: [
        'Wir antworten innerhalb von 2 Werktagen.',
        'Antworten Sie auf diese E-Mail, um etwas zu ergänzen.',
      ],
      verification: ['Hier bestätigen: {link}', 'Der Link gilt 24 Stunden: {link}'],
      subscription: ['Bestätigen: {link}', '👉 {link}'],
      reset: ['Zurücksetzen: {link}', 'Der Link läuft in 30 Minuten ab: {link}'],
    },
    close: ['Viele Grüße, Ihr {brand}-Team', 'Beste Grüße, {brand}', '— {brand} Kundenservice'],
  },
  fr: {
    greet: ['Bonjour {p},', 'Salut {p} !', 'Cher/Chère {p},', 'Hello,'],
    subject: {
      helpdesk: [
        'RE : {p}',
        'Votre demande {num}',
        'Service client {brand} : ticket {num}',
        'Merci pour votre message',
      ],
      verification: [
        'Confirmez votre e-mail',
        '{brand} : vérifiez votre adresse',
        'Votre compte {brand}',
      ],
      subscription: ['{list} : presque fini', 'Bienvenue dans {list} ?', 'Petite vérification 🙂'],
      reset: [
        'Réinitialiser votre mot de passe',
        '{brand} : récupération de compte',
        'Votre lien de connexion',
      ],
    },
    core: {
      helpdesk: [
        'Votre demande nous est bien parvenue.',
        'Votre ticket est enregistré sous le numéro {num}.',
        'Ta requête est dans notre file d’attente.',
      ],
      verification: [
        'Merci de vérifier votre e-mail pour finaliser le compte.',
        'Votre code : {code}.',
      ],
      subscription: [
        'Confirmez que vous voulez recevoir {list}.',
        'Un clic et votre abonnement démarre.',
      ],
      reset: [
        'Une réinitialisation du mot de passe a été demandée pour ce compte.',
        'Voici le lien demandé pour vous reconnecter.',
      ],
    },
    next: {
      helpdesk: [
        'Réponse sous 2 jours ouvrés.',
        'Répondez à cet e-mail pour compléter votre demande.',
      ],
      verification: ['Confirmer : {link}', 'Lien valable 24 heures : {link}'],
      subscription: ['Confirmer : {link}', '👉 {link}'],
      reset: ['Réinitialiser : {link}', 'Ce lien expire dans 30 minutes : {link}'],
    },
    close: ['Cordialement, l’équipe {brand}', 'À bientôt, {brand}', '— Service client {brand}'],
  },
  es: {
    greet: ['Hola {p}:', '¡Hola, {p}!', 'Estimado/a {p}:', 'Buenas,'],
    subject: {
      helpdesk: [
        'RE: {p}',
        'Tu solicitud {num}',
        'Atención al cliente {brand}: caso {num}',
        'Gracias por escribirnos',
      ],
      verification: ['Confirma tu correo', '{brand}: verifica tu dirección', 'Tu cuenta {brand}'],
      subscription: ['{list}: casi listo', '¿Bienvenido/a a {list}?', 'Una pregunta rápida 🙂'],
      reset: ['Restablece tu contraseña', '{brand}: recuperar cuenta', 'Tu enlace de acceso'],
    },
    core: {
      helpdesk: [
        'Tu solicitud ha sido recibida.',
        'Hemos dado de alta tu caso con el número {num}.',
        'Nos llegó tu mensaje y ya está en cola.',
        'Tu petición quedó registrada correctamente.',
      ],
      verification: [
        'Verifica tu correo para terminar de crear la cuenta.',
        'Tu código es {code}.',
      ],
      subscription: ['Confirma que quieres recibir {list}.', 'Un clic y empieza tu suscripción.'],
      reset: [
        'Alguien pidió restablecer la contraseña de esta cuenta.',
        'Aquí tienes el enlace que solicitaste para entrar.',
      ],
    },
    next: {
      helpdesk: [
        'Respondemos en 48 horas laborables.',
        'Responde a este correo para añadir detalles.',
      ],
      verification: ['Confirmar: {link}', 'El enlace vale 24 horas: {link}'],
      subscription: ['Confirmar: {link}', '👉 {link}'],
      reset: ['Restablecer: {link}', 'Este enlace caduca en 30 minutos: {link}'],
    },
    close: ['Un saludo, el equipo de {brand}', 'Gracias, {brand}', '— Atención al cliente {brand}'],
  },
}
