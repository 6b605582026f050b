// Composed-wording blocks for en, de and fr (see blocks.ts).
import type { Lang } from '../../types.ts'
import type { Blocks } from './blocks.ts'

export const BLOCKS_NORTH: Pick<Record<Lang, Blocks>, 'en' | 'de' | 'fr'> = {
  en: {
    greet: ['Hi {name},', 'Hello {name}!', 'Dear {name},', 'Good day,', ''],
    subject: {
      helpdesk: [
        'Thanks for contacting {company} [#{ref}]',
        'Your enquiry {ref}',
        'Message received - {echo}',
      ],
      verification: [
        'Verify your email for {company}',
        'Finish setting up your account',
        'Your new {company} login',
      ],
      subscription: [
        'Confirm your email to get {company} news',
        'Subscription pending',
        'Please verify your sign-up',
      ],
      reset: ['Password help for {company}', 'Your one-time code is {code}', 'Sign-in request'],
    },
    core: {
      helpdesk: [
        'Your note has landed in our support queue as #{ref}.',
        'A ticket ({ref}) was created from your message "{echo}".',
      ],
      verification: [
        'To switch on your account, confirm {email} here: {link}',
        'Confirm you own this address to finish sign-up: {link}',
      ],
      subscription: [
        'Confirm you want our mailings by opening {link}',
        'Tap {link} and the first issue is on its way.',
      ],
      reset: [
        'Set a new password at {link} - the link lasts 30 minutes.',
        'Enter {code} on the sign-in page to continue.',
      ],
    },
    next: [
      'We usually answer within a day.',
      'No further action is needed if this was not you.',
      'Questions? Just reply.',
      '',
    ],
    close: [
      'Best, {company}',
      '- The {company} team',
      'Kind regards,\n{company} Support\nThis mailbox is not monitored.',
      '{company} · Privacy · Terms · Unsubscribe from service notices is not possible.',
    ],
  },
  de: {
    greet: [
      'Hallo {name},',
      'Liebe/r {name},',
      'Sehr geehrte Kundin, sehr geehrter Kunde,',
      'Moin {name}!',
      '',
    ],
    subject: {
      helpdesk: [
        'Danke für Ihre Anfrage [{ref}]',
        'Anfrage {ref} eingegangen',
        'Wir kümmern uns: {echo}',
      ],
      verification: [
        'Konto aktivieren – {company}',
        'E-Mail-Adresse bestätigen',
        'Willkommen! Noch ein Schritt',
      ],
      subscription: [
        'Anmeldung bestätigen',
        'Fast geschafft: Newsletter {company}',
        'Double-Opt-In: bitte klicken',
      ],
      reset: [
        'Passwort vergessen? – {company}',
        'Sicherheitscode: {code}',
        'Anmeldelink für {company}',
      ],
    },
    core: {
      helpdesk: [
        'Ihr Anliegen wurde unter der Nummer {ref} erfasst.',
        'Aus deiner Nachricht „{echo}“ haben wir das Ticket {ref} erstellt.',
      ],
      verification: [
        'Bitte klicke auf {link}, um dein Konto zu aktivieren.',
        'Zur Bestätigung Ihrer Adresse {email} öffnen Sie bitte {link}.',
      ],
      subscription: [
        'Bestätige deine Anmeldung hier: {link}',
        'Erst nach Klick auf {link} nehmen wir Sie in den Verteiler auf.',
      ],
      reset: [
        'Über {link} kannst du ein neues Passwort vergeben (60 Minuten gültig).',
        'Geben Sie den Code {code} ein, um fortzufahren.',
      ],
    },
    next: [
      'Wir antworten meist am nächsten Werktag.',
      'Falls Sie das nicht waren, müssen Sie nichts tun.',
      'Bei Fragen einfach antworten.',
      '',
    ],
    close: [
      'Beste Grüße\n{company}',
      'Dein {company}-Team',
      'Mit freundlichen Grüßen\nIhr Kundenservice\n{company} GmbH, Sitz Köln, HRB 99120',
      '{company} · Impressum · AGB',
    ],
  },
  fr: {
    greet: [
      'Bonjour {name},',
      'Cher client, chère cliente,',
      'Salut {name} !',
      'Madame, Monsieur,',
      '',
    ],
    subject: {
      helpdesk: [
        'Merci de nous avoir contactés [{ref}]',
        'Demande {ref} enregistrée',
        'Prise en charge : {echo}',
      ],
      verification: [
        'Vérifiez votre adresse e-mail',
        'Finalisez votre inscription sur {company}',
        'Bienvenue chez {company}',
      ],
      subscription: [
        'Confirmation d’abonnement requise',
        'Plus qu’un clic pour la newsletter',
        'Validez votre adresse',
      ],
      reset: ['Nouveau mot de passe {company}', 'Code de sécurité : {code}', 'Lien de connexion'],
    },
    core: {
      helpdesk: [
        'Votre demande a été enregistrée sous le numéro {ref}.',
        'Nous avons créé le ticket {ref} à partir de votre message « {echo} ».',
      ],
      verification: [
        'Cliquez sur {link} pour activer votre compte.',
        'Pour confirmer {email}, ouvre ce lien : {link}',
      ],
      subscription: [
        'Confirmez votre abonnement en cliquant ici : {link}',
        'Tu recevras nos nouvelles après avoir validé : {link}',
      ],
      reset: [
        'Choisissez un nouveau mot de passe via {link} (valable 1 heure).',
        'Saisissez le code {code} pour continuer.',
      ],
    },
    next: [
      'Nous répondons généralement sous 48 h.',
      'Si ce n’était pas vous, aucune action n’est nécessaire.',
      'Une question ? Répondez à ce message.',
      '',
    ],
    close: [
      'Cordialement,\n{company}',
      'L’équipe {company}',
      'Bien à vous,\nService client {company}\nMerci de ne pas répondre à cet e-mail automatique.',
      '{company} · Mentions légales · Confidentialité',
    ],
  },
}
