// English and German building blocks of the composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const EN: Blocks = {
  subjects: {
    ack: [
      'Thanks for contacting {c}',
      'Your {c} support request',
      'Message received ({r})',
      '{c} Help: we have your question',
    ],
    verify: [
      'Verify your {c} account',
      'Please confirm your email address',
      'Activate your account',
      'Complete your {c} registration',
    ],
    subscribe: [
      'Confirm your {c} newsletter subscription',
      'Please verify your subscription',
      'Confirm you want to hear from {c}',
      'Subscription confirmation needed',
    ],
    reset: [
      '{c} password reset',
      'Reset your password',
      'Sign in to {c}',
      'Your {c} login code: {k}',
    ],
  },
  received: {
    ack: [
      'We have received your message and logged it in our system.',
      'Your request has reached the {c} support team.',
      'This confirms that your enquiry arrived safely.',
    ],
    verify: [
      'An account was just created at {c} with this email address.',
      'Thanks for registering with {c}.',
      'You recently signed up for {c}.',
    ],
    subscribe: [
      'This address was entered on our sign-up form.',
      'Thanks for subscribing to updates from {c}.',
      'We received a request to add you to our list.',
    ],
    reset: [
      'Someone asked to reset the password of your {c} account.',
      'A sign-in was requested for your {c} account.',
      'You asked for a new password.',
    ],
  },
  next: {
    ack: [
      'An agent will reply as soon as possible.',
      'Expect an answer within two business days.',
      'We answer in the order messages arrive.',
    ],
    verify: [
      'Please confirm your address to activate it: {l}',
      'Enter the code {k} to continue.',
      'Click the link below to finish: {l}',
    ],
    subscribe: [
      'Click here to confirm: {l}',
      'Your subscription starts once you confirm: {l}',
      'Confirm with one click: {l}',
    ],
    reset: [
      'Use this link to set a new one: {l}',
      'Your one-time code is {k}.',
      'This link signs you in: {l}',
    ],
  },
  openers: ['Hello {n},', 'Hi {n}!', 'Dear {n},', 'Hey there,'],
  refs: ['Reference: {r}', 'Your ticket number is #{r}.', '(ref. {r})'],
  signoffs: ['Best regards,\nThe {c} team', 'Cheers,\n{c}', 'Kind regards,\n{c} Customer Service'],
  footers: [
    '',
    'If this wasn’t you, please ignore this email.',
    'Please do not reply to this automated message. © {c}',
  ],
}

export const DE: Blocks = {
  subjects: {
    ack: [
      'Ihre Anfrage bei {c}',
      'Wir haben deine Nachricht erhalten',
      'Kundenanfrage {r}',
      '{c} Kundenservice: Eingang bestätigt',
    ],
    verify: [
      'Bestätigen Sie Ihr {c}-Konto',
      'Bitte E-Mail-Adresse bestätigen',
      'Aktiviere dein Konto',
      'Registrierung bei {c} abschließen',
    ],
    subscribe: [
      'Newsletter-Anmeldung bestätigen',
      'Bitte bestätige dein Abo',
      'Ihre Anmeldung bei {c}',
      'Bestätigung erforderlich',
    ],
    reset: [
      'Neues Passwort für {c}',
      'Passwort-Zurücksetzung angefordert',
      'Anmelden bei {c}',
      'Dein {c}-Code: {k}',
    ],
  },
  received: {
    ack: [
      'Ihre Nachricht ist bei uns eingegangen.',
      'Wir haben dein Anliegen erhalten.',
      'Hiermit bestätigen wir den Eingang Ihrer Anfrage.',
    ],
    verify: [
      'Mit dieser Adresse wurde ein Konto bei {c} erstellt.',
      'Danke für deine Registrierung bei {c}.',
      'Sie haben sich soeben bei {c} registriert.',
    ],
    subscribe: [
      'Diese Adresse wurde für unseren Newsletter eingetragen.',
      'Danke für dein Interesse an Neuigkeiten von {c}.',
      'Wir haben eine Anmeldung für unseren Verteiler erhalten.',
    ],
    reset: [
      'Für Ihr {c}-Konto wurde ein neues Passwort angefordert.',
      'Es wurde eine Anmeldung bei {c} angefordert.',
      'Du hast ein neues Passwort angefordert.',
    ],
  },
  next: {
    ack: [
      'Wir melden uns so bald wie möglich.',
      'Sie erhalten innerhalb von zwei Werktagen eine Antwort.',
      'Anfragen bearbeiten wir in der Reihenfolge ihres Eingangs.',
    ],
    verify: [
      'Bitte bestätigen Sie Ihre Adresse: {l}',
      'Gib den Code {k} ein, um fortzufahren.',
      'Klicken Sie auf den Link, um abzuschließen: {l}',
    ],
    subscribe: [
      'Bitte bestätigen: {l}',
      'Das Abo startet nach deiner Bestätigung: {l}',
      'Mit einem Klick bestätigen: {l}',
    ],
    reset: [
      'Über diesen Link vergeben Sie ein neues: {l}',
      'Dein Einmalcode lautet {k}.',
      'Mit diesem Link meldest du dich an: {l}',
    ],
  },
  openers: ['Hallo {n},', 'Guten Tag {n},', 'Sehr geehrte/r {n},', 'Hi,'],
  refs: ['Referenz: {r}', 'Ticketnummer: #{r}', '(Az. {r})'],
  signoffs: [
    'Viele Grüße\nIhr {c}-Team',
    'Beste Grüße\n{c}',
    'Mit freundlichen Grüßen\n{c} Kundenservice',
  ],
  footers: [
    '',
    'Falls du das nicht warst, ignoriere diese E-Mail.',
    'Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.',
  ],
}
