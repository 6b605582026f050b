// Second mails a company sends within minutes of the first, in its own words: a ticket
// acknowledgement followed by "an agent has it", a verification followed by a reminder, a reset
// followed by a new code. Per family and language.
import type { Lang } from '../../types.ts'
import type { Family, Wording } from './types.ts'

type Pair = readonly [string, string]
type Rows = Record<Exclude<Family, 'subscription'>, Pair>

const ROWS: Record<Lang, Rows> = {
  en: {
    helpdesk: [
      'Update on your request {ref}',
      'Hi {name}, an agent has picked up your request {ref} and will reply here.',
    ],
    verification: [
      'Reminder: confirm your email',
      'You have not confirmed your {company} account yet: {link}',
    ],
    reset: [
      'Your new code: {code}',
      'You asked again, so here is a fresh code: {code}. The previous one no longer works.',
    ],
  },
  de: {
    helpdesk: [
      'Ihre Anfrage {ref} ist in Bearbeitung',
      'Guten Tag {name}, ein Mitarbeiter hat Ihr Anliegen {ref} übernommen.',
    ],
    verification: [
      'Erinnerung: E-Mail-Adresse bestätigen',
      'Dein {company}-Konto ist noch nicht bestätigt: {link}',
    ],
    reset: [
      'Neuer Code: {code}',
      'Sie haben einen neuen Code angefordert: {code}. Der alte ist ungültig.',
    ],
  },
  fr: {
    helpdesk: [
      'Votre demande {ref} est prise en charge',
      'Bonjour {name}, un conseiller s’occupe de votre demande {ref}.',
    ],
    verification: [
      'Rappel : confirmez votre adresse',
      'Votre compte {company} n’est pas encore confirmé : {link}',
    ],
    reset: [
      'Nouveau code : {code}',
      'Voici un nouveau code : {code}. L’ancien ne fonctionne plus.',
    ],
  },
  es: {
    helpdesk: [
      'Tu petición {ref} está en curso',
      'Hola {name}, un agente ya está con tu incidencia {ref}.',
    ],
    verification: [
      'Recordatorio: confirma tu correo',
      'Aún no has confirmado tu cuenta de {company}: {link}',
    ],
    reset: ['Nuevo código: {code}', 'Has pedido otro código: {code}. El anterior ya no vale.'],
  },
  pt: {
    helpdesk: [
      'O seu pedido {ref} está em análise',
      'Olá {name}, um assistente já está a tratar do seu pedido {ref}.',
    ],
    verification: [
      'Lembrete: confirme seu e-mail',
      'Você ainda não confirmou sua conta {company}: {link}',
    ],
    reset: ['Novo código: {code}', 'Pediu um novo código: {code}. O anterior deixou de funcionar.'],
  },
  it: {
    helpdesk: [
      'La tua richiesta {ref} è in lavorazione',
      'Ciao {name}, un operatore ha preso in carico la pratica {ref}.',
    ],
    verification: [
      'Promemoria: conferma la tua email',
      'Il tuo account {company} non è ancora confermato: {link}',
    ],
    reset: [
      'Nuovo codice: {code}',
      'Hai richiesto un nuovo codice: {code}. Il precedente non è più valido.',
    ],
  },
  nl: {
    helpdesk: [
      'Je aanvraag {ref} is in behandeling',
      'Hoi {name}, een medewerker heeft je melding {ref} opgepakt.',
    ],
    verification: [
      'Herinnering: bevestig je e-mailadres',
      'Je {company}-account is nog niet bevestigd: {link}',
    ],
    reset: [
      'Nieuwe code: {code}',
      'Je vroeg een nieuwe code aan: {code}. De vorige werkt niet meer.',
    ],
  },
}

/** The follow-up of a family in a language; none for newsletters. */
export function followUp(family: Family, lang: Lang): Wording | null {
  if (family === 'subscription') return null
  const [subject, body] = ROWS[lang][family]
  return { lang, subject, body }
}
