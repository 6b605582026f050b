// The look-alike mail: routine provider mail that reads like an alert, newsletters, people
// writing, invitations, shared documents, list replies, and a vendor's answers on a ticket the
// person opened (their first mail sits in the sent folder days before). One sender per use.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { fill, numeric, token, type Mail } from '../nineteenth/records.ts'
import { DAY, HOUR } from './clock.ts'
import { capital, companyDomain } from './companies.ts'
import * as L from './locale.ts'
import * as A from './look-texts-a.ts'
import * as B from './look-texts-b.ts'
import type { Person } from './people.ts'
import type { FortyFirstLabel, LookClass, Placement } from './types.ts'
import type { ByLang } from './wording.ts'

const TEXT: Record<LookClass, ByLang> = {
  statement: A.STATEMENT,
  'card-on-way': A.CARD_ON_WAY,
  'bank-news': A.BANK_NEWS,
  'security-review': A.SECURITY_REVIEW,
  newsletter: A.NEWSLETTER,
  calendar: A.CALENDAR,
  reply: B.REPLY,
  forward: B.FORWARD,
  'shared-doc': B.SHARED_DOC,
  'list-reply': B.LIST_REPLY,
  'ticket-reply': B.TICKET_REPLY,
  'ticket-solved': B.TICKET_SOLVED,
}

const FRIENDS: Record<Lang, readonly string[]> = {
  en: ['Sarah Quinn', 'Dave Marsh', 'Aunt Linda'],
  de: ['Petra Hahn', 'Jonas Keller', 'Oma Gisela'],
  fr: ['Sophie Marchand', 'Paul Girard', 'Tante Odile'],
  es: ['Marta Gil', 'Javier Prieto', 'Tía Rosa'],
  pt: ['Ana Correia', 'João Pinto', 'Tia Lurdes'],
  it: ['Giulia Ferri', 'Luca Monti', 'Zia Franca'],
  nl: ['Eva de Wit', 'Joris Bakker', 'Tante Ria'],
}

const BANKISH = new Set<LookClass>(['statement', 'card-on-way', 'bank-news', 'security-review'])
const PEOPLE = new Set<LookClass>(['reply', 'forward', 'list-reply'])

export function lookLabelOf(cls: LookClass): FortyFirstLabel['label'] {
  if (cls === 'statement' || cls === 'card-on-way') return 'important'
  return cls.startsWith('ticket') ? 'own' : 'ham'
}

/** The sender of one look-alike use: a brand built on `stem`, or a person at a mail host. */
export function lookSender(rng: Random, cls: LookClass, stem: string, lang: Lang): string {
  const word = BANKISH.has(cls) ? 'Bank' : cls.startsWith('ticket') ? 'Shop' : 'Magazine'
  const brand = `${capital(stem)} ${word}`
  const domain = companyDomain(stem, lang, word)
  if (PEOPLE.has(cls)) {
    const friend = rng.pick(FRIENDS[lang])
    const local = friend
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/gu, '.')
    return `${friend} <${local}@${stem}post.${lang === 'en' ? 'net' : L.pickOf(rng, ['net', 'eu'])}>`
  }
  if (cls === 'calendar') return `${rng.pick(FRIENDS[lang])} <calendar-invite@${stem}cal.com>`
  if (cls === 'shared-doc')
    return `${rng.pick(FRIENDS[lang])} (via ${capital(stem)} Docs) <share@${stem}docs.com>`
  if (cls.startsWith('ticket')) return `${brand} Customer Service <support@${domain}>`
  return rng.chance(0.25)
    ? brand
    : `${brand} <${cls === 'newsletter' ? 'news' : 'service'}@${domain}>`
}

function brandOf(from: string): string {
  return (from.split('<')[0] ?? from).replace(/ Customer Service| \(via.*\)/gu, '').trim()
}

export interface LookUse {
  cls: LookClass
  lang: Lang
  person: Person
  from: string
  at: number
  id: string
}

function values(rng: Random, u: LookUse, ref: string, ticket: string): Record<string, string> {
  const sender = brandOf(u.from)
  const topic = rng.pick(B.TOPICS[u.lang])
  return {
    name: u.person.first,
    brand: sender,
    sender: u.cls === 'ticket-reply' ? rng.pick(['Alex', 'Sam', 'Kim']) : sender,
    other: rng.pick(FRIENDS[u.lang]),
    topic,
    date: L.day(u.lang, u.at + rng.int(2, 9) * DAY),
    month: L.MONTHS[u.lang][0],
    last4: numeric(rng, 4),
    amount: L.money(u.lang, rng.int(200, 9_000) + 0.01 * rng.int(0, 99)),
    link: `https://${token(rng, 8).toLowerCase()}.example.net/${token(rng, 16)}`,
    doc: rng.pick(L.DOCS),
    list: rng.pick(L.LISTS),
    re: B.RE[u.lang],
    fwd: B.FWD[u.lang],
    ref,
    ticket,
    email: u.person.address,
  }
}

/** The use's mail, and for tickets the person's first mail (sent folder) 2-9 days before. */
export function lookMails(rng: Random, u: LookUse): { mail: Mail; label: 'own' | 'main' }[] {
  const ref = numeric(rng, 7)
  const ticket = numeric(rng, 5)
  const v = values(rng, u, ref, ticket)
  const [subject, body] = TEXT[u.cls][u.lang]
  const main: Mail = {
    id: u.id,
    at: u.at,
    from: u.from,
    to: u.person.address,
    subject: fill(subject, v),
    body: fill(body, v),
  }
  if (!u.cls.startsWith('ticket')) return [{ mail: main, label: 'main' }]
  const [sentSubject, sentBody] = B.TICKET_SENT[u.lang]
  const sent: Mail = {
    id: `${u.id}-sent`,
    at: u.at - rng.int(2, 9) * DAY - rng.int(1, 8) * HOUR,
    from: `${u.person.first} ${u.person.last} <${u.person.address}>`,
    to: u.from.replace(/.*</u, '').replace('>', ''),
    subject: fill(sentSubject, v),
    body: fill(sentBody, v),
    sent: true,
  }
  return [
    { mail: sent, label: 'own' },
    { mail: main, label: 'main' },
  ]
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: Placement,
  waveId?: string,
): FortyFirstLabel {
  const label: FortyFirstLabel = {
    label: lookLabelOf(cls),
    lang,
    source: `lookalike:${where}:${cls}`,
    lookClass: cls,
    placement: where,
  }
  return waveId ? { ...label, waveId } : label
}
