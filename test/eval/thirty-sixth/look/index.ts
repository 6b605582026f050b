// Builds one look-alike mail: its sender (a brand's own domain, a hosted mailer or helpdesk, a
// person), its text in the person's language with every slot filled, its label, and for ticket
// replies the person's own first mail days earlier in the sent folder.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { fill, type Mail } from '../../nineteenth/records.ts'
import { capital, HELPDESK_SERVICES, LOOK_STEMS, MAILING_SERVICES } from '../companies.ts'
import { addressOf, CORRESPONDENTS, type Person } from '../people.ts'
import { DAY, HOUR } from '../season.ts'
import { styled } from '../styles.ts'
import { split } from '../wording.ts'
import { LOOK_DE } from './de.ts'
import { LOOK_EN } from './en.ts'
import { LOOK_ES } from './es.ts'
import { LOOK_FR } from './fr.ts'
import { LOOK_IT } from './it.ts'
import { LOOK_NL } from './nl.ts'
import { LOOK_PT } from './pt.ts'
import { labelOf, type LookClass, type LookTexts } from './types.ts'
import { lookValues } from './values.ts'

export const LOOK_TEXT: Record<Lang, LookTexts> = {
  en: LOOK_EN,
  de: LOOK_DE,
  fr: LOOK_FR,
  es: LOOK_ES,
  pt: LOOK_PT,
  it: LOOK_IT,
  nl: LOOK_NL,
}

/** quiet inbox, inside a wave from a known or a new sender, the known sender's earlier mail, sent. */
export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history' | 'sent'

export interface LookSender {
  from: string
  address: string
  brand: string
  domain: string
}

const LOCAL: Partial<Record<LookClass, string>> = {
  newsletter: 'news',
  marketplace: 'messages',
  'price-alert': 'alerts',
  wishlist: 'hello',
  loyalty: 'rewards',
  'app-notice': 'no-reply',
  'ticket-reply': 'support',
  order: 'orders',
  shipping: 'shipping',
  delivery: 'noreply',
  refund: 'returns',
  card: 'alerts',
}

function personSender(rng: Random, lang: Lang): LookSender {
  const name = rng.pick(CORRESPONDENTS[lang])
  const address = addressOf(name, rng.int(0, 9))
  return { from: `${name} <${address}>`, address, brand: name, domain: address.split('@')[1]! }
}

/** The sender of a look-alike class from brand `stem`; people write person and list mail. */
export function lookSender(rng: Random, cls: LookClass, stem: string, lang: Lang): LookSender {
  if (cls === 'person' || cls === 'list-reply') return personSender(rng, lang)
  const brand = cls === 'delivery' ? `${capital(stem)} Express` : capital(stem)
  const hostedDesk = cls === 'ticket-reply' && rng.chance(0.5)
  const hostedMail = cls === 'newsletter' && rng.chance(0.4)
  const domain = hostedDesk
    ? `${stem}.${rng.pick(HELPDESK_SERVICES)}.com`
    : hostedMail
      ? `${stem}.${rng.pick(MAILING_SERVICES)}.net`
      : `${stem}.${lang === 'en' ? 'co.uk' : lang}`
  const address = `${LOCAL[cls] ?? 'info'}@${domain}`
  const from = rng.chance(0.1) ? brand : `${brand} <${address}>`
  return { from, address, brand, domain }
}

export interface LookArgs {
  rng: Random
  cls: LookClass
  lang: Lang
  person: Person
  sender: LookSender
  at: number
  id: string
}

function values(a: LookArgs): Record<string, string> {
  const { rng, lang } = a
  return {
    ...lookValues(rng, lang, a.at, a.sender.domain),
    first: a.person.first,
    me: a.person.name,
    brand: a.sender.brand,
    author: a.sender.brand,
    seller: rng.pick(CORRESPONDENTS[lang]),
    agent: rng.pick(CORRESPONDENTS[lang]).split(' ')[0]!,
    shop: capital(rng.pick(LOOK_STEMS)),
    carrier: `${capital(rng.pick(LOOK_STEMS))} Express`,
  }
}

/** The look-alike, and for a ticket reply the person's first mail about it days before. */
export function lookMails(a: LookArgs): { mail: Mail; sent?: Mail } {
  const texts = LOOK_TEXT[a.lang]
  const slots = values(a)
  let sent: Mail | undefined
  if (a.cls === 'ticket-reply') {
    const first = split(fill(a.rng.pick(texts['ticket-sent']), slots))
    slots.subject = first.subject
    sent = {
      id: `${a.id}-sent`,
      at: a.at - a.rng.int(2, 6) * DAY - a.rng.int(0, 8) * HOUR,
      from: `${a.person.name} <${a.person.address}>`,
      to: a.sender.address,
      subject: first.subject,
      body: first.body,
      sent: true,
    }
  }
  const text = split(fill(a.rng.pick(texts[a.cls]), slots))
  const subject =
    a.cls === 'newsletter' && a.rng.chance(0.3)
      ? styled(text.subject, a.rng.pick(['bold', 'sansbold', 'fullwidth'] as const))
      : text.subject
  const mail = {
    id: a.id,
    at: a.at,
    from: a.sender.from,
    subject,
    body: text.body,
    to: a.person.address,
  }
  return sent ? { mail, sent } : { mail }
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: labelOf(cls), lang, source: `lookalike:${where}:${cls}` }
  return waveId ? { ...label, waveId } : label
}
