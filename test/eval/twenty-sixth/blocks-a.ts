// Composed wording blocks for en, de, fr, es: greetings, each company's word for "request" and
// "received", core sentences per family, follow-ups and closings.
import type { Family } from './products.ts'

export interface Blocks {
  hello: readonly string[]
  /** request nouns (with article as the sentence needs them) */
  req: readonly string[]
  /** received participles */
  rec: readonly string[]
  bye: readonly string[]
  core: Record<Family, readonly (readonly [string, string])[]>
  followUp: Record<Family, readonly (readonly [string, string])[]>
}

export const BLOCKS_A: Record<'en' | 'de' | 'fr' | 'es', Blocks> = {
  en: {
    hello: ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hey there,'],
    req: ['request', 'enquiry', 'message', 'query', 'case'],
    rec: ['received', 'logged', 'safely arrived', 'come through'],
    bye: ['Thanks, {company}', 'Best wishes, the {company} team', '— {company}'],
    core: {
      helpdesk: [
        ['Your {req} {ticket}', 'Your {req} about "{subject}" has {rec}. Reference: {ticket}.'],
        [
          '{company} – {req} {rec}',
          'We have {rec} your {req} ("{subject}") and filed it as {ticket}.',
        ],
      ],
      verification: [
        [
          'Verify your email for {company}',
          'Confirm your address to finish creating your account: {link}',
        ],
        ['Activate your account', 'Your sign-up has {rec}. Activate it here: {link}'],
      ],
      subscription: [
        [
          'Confirm your subscription',
          'Your {req} to join our mailing list has {rec}. Confirm: {link}',
        ],
        ['Is this you?', 'Click to confirm you want news from {company}: {link}'],
      ],
      reset: [
        [
          'Your password reset link',
          'Your {req} for a new password has {rec}. Use this link within 60 minutes: {link}',
        ],
        ['{code} – your code', 'Your one-time code is {code}.'],
      ],
    },
    followUp: {
      helpdesk: [
        ['Update on {ticket}', 'An agent has been assigned to {ticket} and will reply soon.'],
      ],
      verification: [
        ['Reminder: confirm your email', 'You have not confirmed your address yet: {link}'],
      ],
      subscription: [['Still want our newsletter?', 'Your confirmation link is waiting: {link}']],
      reset: [
        ['Your new code', 'A new code was issued: {code}. The previous one no longer works.'],
      ],
    },
  },
  de: {
    hello: ['Hallo {name},', 'Guten Tag {name},', 'Grüezi {name}', 'Servus {name},'],
    req: ['Anfrage', 'Anliegen', 'Nachricht', 'Meldung', 'Supportanfrage'],
    rec: ['eingegangen', 'angekommen', 'erfasst worden', 'eingetroffen'],
    bye: [
      'Freundliche Grüße, {company}',
      'Freundliche Grüsse, {company}',
      'Ihr Team von {company}',
    ],
    core: {
      helpdesk: [
        ['Ihre {req} {ticket}', 'Ihre {req} zu „{subject}“ ist {rec}. Vorgangsnummer: {ticket}.'],
        ['{company}: {req} {rec}', 'Ihre {req} „{subject}“ ist bei uns {rec} ({ticket}).'],
      ],
      verification: [
        [
          'E-Mail-Adresse bestätigen',
          'Bitte bestätigen Sie Ihre Adresse, um das Konto zu aktivieren: {link}',
        ],
        ['Ihr Konto bei {company}', 'Ihre Registrierung ist {rec}. Aktivieren: {link}'],
      ],
      subscription: [
        [
          'Newsletter-Anmeldung bestätigen',
          'Ihre {req} zur Anmeldung ist {rec}. Bestätigen: {link}',
        ],
        ['Sind Sie das?', 'Bestätigen Sie den Newsletter von {company}: {link}'],
      ],
      reset: [
        ['Passwort zurücksetzen', 'Ihre {req} für ein neues Passwort ist {rec}: {link}'],
        ['Ihr Code: {code}', 'Ihr Einmalcode lautet {code}.'],
      ],
    },
    followUp: {
      helpdesk: [
        [
          'Aktualisierung zu {ticket}',
          'Ihr Vorgang {ticket} wurde einer Mitarbeiterin zugewiesen.',
        ],
      ],
      verification: [
        ['Erinnerung: Adresse bestätigen', 'Ihre Adresse ist noch nicht bestätigt: {link}'],
      ],
      subscription: [['Noch Interesse am Newsletter?', 'Ihr Bestätigungslink wartet: {link}']],
      reset: [['Neuer Code', 'Ein neuer Code wurde erzeugt: {code}.']],
    },
  },
  fr: {
    hello: ['Bonjour {name},', 'Bonjour,', 'Cher client,', 'Salut {name},'],
    req: ['demande', 'requête', 'message', 'réclamation', 'question'],
    rec: ['bien reçue', 'enregistrée', 'prise en compte', 'transmise à notre équipe'],
    bye: ['Cordialement, {company}', 'Bien à vous, {company}', 'L’équipe {company}'],
    core: {
      helpdesk: [
        ['Votre {req} {ticket}', 'Votre {req} « {subject} » a été {rec} (n° {ticket}).'],
        [
          '{company} : {req} {rec}',
          'Nous confirmons que votre {req} « {subject} » est {rec}. Référence {ticket}.',
        ],
      ],
      verification: [
        ['Confirmez votre adresse', 'Confirmez votre adresse pour activer votre compte : {link}'],
        ['Activation de votre compte', 'Votre inscription a été {rec}. Activez-la : {link}'],
      ],
      subscription: [
        ['Confirmez votre abonnement', 'Votre {req} d’abonnement a été {rec}. Confirmez : {link}'],
        ['Est-ce bien vous ?', 'Confirmez l’abonnement à {company} : {link}'],
      ],
      reset: [
        ['Nouveau mot de passe', 'Votre {req} de nouveau mot de passe a été {rec} : {link}'],
        ['Code {code}', 'Votre code à usage unique : {code}.'],
      ],
    },
    followUp: {
      helpdesk: [['Suivi de {ticket}', 'Un conseiller a été affecté au dossier {ticket}.']],
      verification: [
        ['Rappel : confirmez votre adresse', 'Votre adresse n’est pas encore confirmée : {link}'],
      ],
      subscription: [['Toujours intéressé ?', 'Votre lien de confirmation vous attend : {link}']],
      reset: [['Nouveau code', 'Un nouveau code a été émis : {code}.']],
    },
  },
  es: {
    hello: ['Hola {name}:', 'Hola {name},', 'Estimado/a {name}:', '¡Hola!'],
    req: ['solicitud', 'consulta', 'petición', 'incidencia', 'mensaje'],
    rec: ['recibida', 'registrada', 'dada de alta', 'ingresada'],
    bye: ['Un saludo, {company}', 'Saludos, {company}', 'Atentamente, {company}'],
    core: {
      helpdesk: [
        ['Tu {req} {ticket}', 'Tu {req} «{subject}» ha sido {rec} con el número {ticket}.'],
        [
          '{company}: {req} {rec}',
          'Confirmamos que tu {req} sobre "{subject}" quedó {rec} (folio {ticket}).',
        ],
      ],
      verification: [
        ['Confirma tu correo', 'Confirma tu dirección para activar la cuenta: {link}'],
        ['Activa tu cuenta', 'Tu registro fue {rec}. Actívalo aquí: {link}'],
      ],
      subscription: [
        ['Confirma tu suscripción', 'Tu {req} de suscripción fue {rec}. Confirma: {link}'],
        ['¿Eres tú?', 'Confirma que quieres noticias de {company}: {link}'],
      ],
      reset: [
        ['Nueva contraseña', 'Tu {req} de nueva contraseña fue {rec}: {link}'],
        ['Código {code}', 'Tu código de un solo uso es {code}.'],
      ],
    },
    followUp: {
      helpdesk: [['Seguimiento de {ticket}', 'Un agente ya tiene asignada tu {req} {ticket}.']],
      verification: [
        ['Recordatorio: confirma tu correo', 'Aún no has confirmado tu correo: {link}'],
      ],
      subscription: [['¿Sigues interesado?', 'Tu enlace de confirmación te espera: {link}']],
      reset: [['Nuevo código', 'Se generó un nuevo código: {code}.']],
    },
  },
}
