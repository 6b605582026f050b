// Building blocks for composed company wordings (this set's own): greeting, a subject and a
// sentence per family, a next step and a closing, per language. Slots as in ../products.ts.
import { BLOCKS_PT_IT_NL } from './blocks-pt-it-nl.ts'
import type { Lang } from '../../types.ts'
import type { Family } from '../products.ts'

export interface Blocks {
  greet: readonly string[]
  subject: Record<Family, readonly string[]>
  line: Record<Family, readonly string[]>
  next: readonly string[]
  close: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Hi {name},', 'Hello {name}', 'Dear {name},', 'Hey there,'],
    subject: {
      helpdesk: ['Re: {payload}', 'Ticket {ticket}: {payload}', 'Thanks for contacting {company}'],
      verification: [
        'Verify your email for {company}',
        'Confirm your account',
        'Action needed: confirm sign-up',
      ],
      subscription: [
        'Confirm your subscription',
        'Is this you? Confirm to subscribe',
        '{company} newsletter: confirm',
      ],
      reset: ['Password reset for {company}', 'Your code is {code}', 'Reset link inside'],
    },
    line: {
      helpdesk: [
        'Your message "{payload}" reached our support team (ticket {ticket}).',
        'We logged your request under {ticket} and will answer soon.',
      ],
      verification: [
        'Please confirm your address to activate your account: {link}',
        'Finish creating your {company} account: {link}',
      ],
      subscription: [
        'Confirm that you want {company} updates: {link}',
        'Click here to complete your subscription: {link}',
      ],
      reset: ['Use this link to choose a new password: {link}', 'Your one-time code is {code}.'],
    },
    next: [
      'If you did not do this, ignore this email.',
      'This link expires in 24 hours.',
      'No reply needed.',
    ],
    close: [
      'Cheers, the {company} team',
      '— {company}',
      'Best regards,\n{company} Customer Service',
    ],
  },
  de: {
    greet: ['Hallo {name},', 'Guten Tag {name},', 'Liebe/r {name},', 'Moin,'],
    subject: {
      helpdesk: ['AW: {payload}', 'Ticket {ticket}: {payload}', 'Danke für Ihre Nachricht'],
      verification: [
        'E-Mail-Adresse bestätigen',
        'Konto aktivieren bei {company}',
        'Aktion erforderlich: Registrierung abschließen',
      ],
      subscription: [
        'Anmeldung bestätigen',
        'Newsletter {company}: Bitte bestätigen',
        'Nur noch ein Klick',
      ],
      reset: ['Neues Passwort für {company}', 'Ihr Code: {code}', 'Passwort-Link'],
    },
    line: {
      helpdesk: [
        'Ihre Nachricht „{payload}“ ist bei uns eingegangen (Ticket {ticket}).',
        'Wir haben Ihr Anliegen unter {ticket} erfasst.',
      ],
      verification: [
        'Bitte bestätigen Sie Ihre Adresse: {link}',
        'Schließen Sie die Registrierung ab: {link}',
      ],
      subscription: [
        'Bestätigen Sie den Empfang unseres Newsletters: {link}',
        'Hier klicken und Anmeldung abschließen: {link}',
      ],
      reset: ['Hier vergeben Sie ein neues Passwort: {link}', 'Ihr Einmalcode lautet {code}.'],
    },
    next: [
      'Falls Sie das nicht waren, ignorieren Sie diese E-Mail.',
      'Der Link ist 24 Stunden gültig.',
      'Bitte nicht antworten.',
    ],
    close: [
      'Viele Grüße\nIhr {company}-Team',
      'Freundliche Grüße, {company}',
      'Dein {company} Service',
    ],
  },
  fr: {
    greet: ['Bonjour {name},', 'Cher client,', 'Salut {name} !', 'Madame, Monsieur,'],
    subject: {
      helpdesk: ['RE : {payload}', 'Demande {ticket} : {payload}', 'Merci pour votre message'],
      verification: [
        'Vérifiez votre adresse e-mail',
        'Activez votre compte {company}',
        'Action requise : confirmez votre inscription',
      ],
      subscription: [
        'Confirmez votre abonnement',
        'Newsletter {company} : confirmation',
        'Plus qu’un clic',
      ],
      reset: ['Nouveau mot de passe {company}', 'Votre code : {code}', 'Lien de réinitialisation'],
    },
    line: {
      helpdesk: [
        'Votre message « {payload} » a bien été reçu (demande {ticket}).',
        'Votre demande est enregistrée sous le numéro {ticket}.',
      ],
      verification: [
        'Merci de confirmer votre adresse : {link}',
        'Finalisez la création de votre compte : {link}',
      ],
      subscription: [
        'Confirmez votre inscription à nos actualités : {link}',
        'Cliquez ici pour valider : {link}',
      ],
      reset: [
        'Choisissez un nouveau mot de passe : {link}',
        'Votre code à usage unique est {code}.',
      ],
    },
    next: [
      'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.',
      'Ce lien expire dans 24 heures.',
      'Merci de ne pas répondre.',
    ],
    close: [
      'Cordialement,\nL’équipe {company}',
      'À bientôt, {company}',
      'Le service client {company}',
    ],
  },
  es: {
    greet: ['Hola {name}:', 'Estimado/a {name}:', '¡Hola!', 'Buenas {name},'],
    subject: {
      helpdesk: ['RE: {payload}', 'Caso {ticket}: {payload}', 'Gracias por contactarnos'],
      verification: [
        'Verifica tu dirección de correo',
        'Activa tu cuenta de {company}',
        'Acción necesaria: confirma tu registro',
      ],
      subscription: [
        'Confirma tu suscripción',
        'Boletín {company}: confirmación',
        'Solo un clic más',
      ],
      reset: ['Nueva contraseña para {company}', 'Tu código: {code}', 'Enlace para restablecer'],
    },
    line: {
      helpdesk: [
        'Hemos recibido tu mensaje «{payload}» (caso {ticket}).',
        'Tu solicitud quedó registrada con el número {ticket}.',
      ],
      verification: ['Confirma tu dirección aquí: {link}', 'Completa tu registro: {link}'],
      subscription: [
        'Confirma que quieres recibir noticias de {company}: {link}',
        'Haz clic para completar la suscripción: {link}',
      ],
      reset: ['Crea una contraseña nueva: {link}', 'Tu código de un solo uso es {code}.'],
    },
    next: [
      'Si no fuiste tú, ignora este correo.',
      'El enlace caduca en 24 horas.',
      'No respondas a este mensaje.',
    ],
    close: [
      'Saludos,\nEl equipo de {company}',
      'Un abrazo, {company}',
      'Atención al cliente {company}',
    ],
  },
  ...BLOCKS_PT_IT_NL,
}
