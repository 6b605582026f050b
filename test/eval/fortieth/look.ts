// Everyday look-alike mail: fourteen classes, each in every language. Ticket replies, solved
// notices and surveys answer a ticket the person opened days earlier (the person's mail sits
// in the sent folder); solved notices and surveys use the same texts as a wave's trail.
import type { Random } from '../prng.ts'
import { fill, numeric, token, type Mail } from '../nineteenth/records.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR } from './clock.ts'
import { brandDomain, capital } from './companies.ts'
import { LOOK_A } from './look-texts-a.ts'
import { LOOK_B } from './look-texts-b.ts'
import type { LookText, Pair } from './look-types.ts'
import type { Person } from './people.ts'
import { HELP_TRAIL } from './trail-a.ts'
import type { FortiethLabel, Place } from './types.ts'
import type { Labelled } from './waves.ts'

const TEXT: Record<Lang, LookText> = { ...LOOK_A, ...LOOK_B }

export const EVERYDAY = [
  'newsletter',
  'reply',
  'forward',
  'calendar',
  'shared-doc',
  'list-reply',
  'ticket-reply',
  'ticket-solved',
  'ticket-survey',
] as const
export const IMPORTANT = [
  'receipt',
  'invoice',
  'bank-alert',
  'security-alert',
  'password-changed',
] as const
export type LookClass = (typeof EVERYDAY)[number] | (typeof IMPORTANT)[number]
export const LOOK_CLASSES: readonly LookClass[] = [...EVERYDAY, ...IMPORTANT]

const PEOPLE_WRITING: Record<Lang, readonly string[]> = {
  en: ['Olivia Grant', 'Sam Whitfield', 'Rachel Moss'],
  de: ['Anna Weber', 'Tobias Krämer', 'Petra Lindner'],
  fr: ['Claire Dubois', 'Julien Martel', 'Sophie Garnier'],
  es: ['Ana Ruiz', 'Javier Molina', 'Carmen Vidal'],
  pt: ['Sofia Ramos', 'Tiago Lopes', 'Marta Pinto'],
  it: ['Chiara Conti', 'Paolo Greco', 'Sara Marini'],
  nl: ['Lotte de Vries', 'Bram Jansen', 'Eva Smit'],
}
const REFUND: Record<Lang, string> = {
  en: 'Refund for order',
  de: 'Erstattung für Bestellung',
  fr: 'Remboursement de la commande',
  es: 'Reembolso del pedido',
  pt: 'Reembolso da encomenda',
  it: 'Rimborso dell’ordine',
  nl: 'Terugbetaling bestelling',
}
const AMOUNT: Record<Lang, (n: number) => string> = {
  en: (n) => `$${n}.00`,
  de: (n) => `${n},00 €`,
  fr: (n) => `${n},00 €`,
  es: (n) => `${n},00 €`,
  pt: (n) => `${n},00 €`,
  it: (n) => `€ ${n},00`,
  nl: (n) => `€ ${n},00`,
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/gu, '.')

/** The sender of a class for a brand: a person, a list member, or the brand's own address. */
export function lookSender(rng: Random, cls: LookClass, stem: string, lang: Lang): string {
  const brand = capital(stem)
  const domain = brandDomain(stem, lang)
  const who = rng.pick(PEOPLE_WRITING[lang])
  if (PERSONAL.includes(cls) && cls !== 'shared-doc') return `"${who}" <${slug(who)}@${domain}>`
  if (cls === 'shared-doc') return `"${who} (via ${brand} Docs)" <share-noreply@${domain}>`
  const local: Partial<Record<LookClass, string>> = {
    newsletter: 'news',
    'ticket-reply': 'support',
    'ticket-solved': 'support',
    'ticket-survey': 'feedback',
    receipt: 'receipts',
    invoice: 'billing',
    'bank-alert': 'alerts',
  }
  return `"${cls === 'bank-alert' ? `${brand} Bank` : brand}" <${local[cls] ?? 'no-reply'}@${domain}>`
}

function pairOf(t: LookText, cls: LookClass): Pair {
  const map: Record<LookClass, Pair> = {
    newsletter: t.newsletter,
    reply: t.replyBody,
    forward: t.forwardBody,
    calendar: t.calendar,
    'shared-doc': t.shared,
    'list-reply': t.listReply,
    'ticket-reply': t.ticketReply,
    'ticket-solved': ['', ''],
    'ticket-survey': ['', ''],
    receipt: t.receipt,
    invoice: t.invoice,
    'bank-alert': t.bank,
    'security-alert': t.security,
    'password-changed': t.password,
  }
  return map[cls]
}

export interface LookInput {
  cls: LookClass
  lang: Lang
  person: Person
  stem: string
  from: string
  at: number
  id: string
  place: Place
  waveId?: string
}

function subjectOf(t: LookText, input: LookInput, pair: Pair, v: Record<string, string>): string {
  if (input.cls === 'reply') return `${t.reply} ${v.topic}`
  if (input.cls === 'forward') return `${t.forward} ${v.topic}`
  if (input.cls === 'list-reply') return `[${v.list}] ${t.reply} ${v.topic}`
  return fill(pair[0], v)
}

const PERSONAL: readonly LookClass[] = ['reply', 'forward', 'calendar', 'list-reply', 'shared-doc']

/** The person who writes: the sender's own name for personal mail, an agent's otherwise. */
function writer(rng: Random, input: LookInput): string {
  const named = /^"([^"(]+?)(?: \(via [^"]*)?"/u.exec(input.from)?.[1]
  return PERSONAL.includes(input.cls) && named ? named : rng.pick(PEOPLE_WRITING[input.lang])
}

/** The mail, and for a ticket class the person's own first mail 2-9 days before. */
export function lookMails(rng: Random, input: LookInput): Labelled[] {
  const { cls, lang, person, stem } = input
  const t = TEXT[lang]
  const ticket = `${REFUND[lang]} ${numeric(rng, 7)}`
  const v: Record<string, string> = {
    brand: capital(stem),
    company: capital(stem),
    name: person.first,
    who: writer(rng, input),
    topic: cls.startsWith('ticket') ? ticket : rng.pick(t.topics),
    message: ticket,
    amount: AMOUNT[lang](rng.int(9, 480)),
    ref: numeric(rng, 6),
    link: `https://${brandDomain(stem, lang)}/${token(rng, 16)}`,
    date: new Date(input.at - rng.int(0, 3) * HOUR).toISOString().slice(0, 10),
    list: `${stem}-users`,
    card: numeric(rng, 4),
  }
  const help = cls === 'ticket-solved' ? 'solved' : cls === 'ticket-survey' ? 'survey' : null
  const pair = help ? HELP_TRAIL[lang][help] : pairOf(t, cls)
  const important = (IMPORTANT as readonly string[]).includes(cls)
  const label: FortiethLabel = {
    label: important ? 'important' : 'ham',
    lang,
    source: `lookalike:${input.place}:${cls}`,
    place: input.place,
    lookClass: cls,
  }
  if (input.waveId) label.waveId = input.waveId
  const mail: Mail = {
    id: input.id,
    at: input.at,
    from: input.from,
    subject: subjectOf(t, input, pair, v),
    body: fill(pair[1], v),
    to: person.address,
  }
  const out: Labelled[] = [{ mail, label }]
  if (!cls.startsWith('ticket')) return out
  const sent: Mail = {
    id: `${input.id}-sent`,
    at: input.at - rng.int(2, 9) * DAY - rng.int(0, 8) * HOUR,
    from: `"${person.first} ${person.last}" <${person.address}>`,
    to: `support@${brandDomain(stem, lang)}`,
    subject: ticket,
    body: `${v.brand}: ${ticket}.\n${person.first} ${person.last}`,
    sent: true,
  }
  out.push({
    mail: sent,
    label: { label: 'own', lang, source: `lookalike:sent:${cls}`, place: 'sent', lookClass: cls },
  })
  return out
}
