// Look-alike mail: eleven classes of everyday mail the person wants, placed in the quiet inbox,
// inside waves from senders with earlier history (their earlier mail days before) and inside
// waves from senders new to the inbox. Ticket replies always follow the person's own first mail
// (sent folder, 2-9 days before), whose ticket number the reply quotes.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { numeric, put, type Part } from '../nineteenth/records.ts'
import { capital, companyDomain } from './companies.ts'
import { FORWARD, LOOK_TEXTS, REPLY, TICKET_OPEN } from './look-texts.ts'
import { link, split } from './render.ts'
import { DAY, HOUR } from './window.ts'

export const LOOK_CLASSES = [
  'newsletter',
  'reply',
  'forward',
  'calendar',
  'shared-doc',
  'list-reply',
  'ticket-reply',
  'receipt',
  'invoice',
  'bank-alert',
  'security-alert',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]
export const IMPORTANT_CLASSES: readonly LookClass[] = [
  'receipt',
  'invoice',
  'bank-alert',
  'security-alert',
]
export const EVERYDAY_CLASSES = LOOK_CLASSES.filter((c) => !IMPORTANT_CLASSES.includes(c))
export const PLACEMENTS = ['quiet', 'wave-known', 'wave-new', 'history', 'sent'] as const
export type Where = (typeof PLACEMENTS)[number]

export interface Reader {
  first: string
  address: string
}

const PEOPLE = [
  'Hannah Berg',
  'Luis Ortega',
  'Sophie Laurent',
  'Pieter de Vries',
  'Ana Costa',
  'Luca Bianchi',
  'Emma Schulz',
]

function sender(cls: LookClass, stem: string, lang: Lang): string {
  const brand = capital(stem)
  const domain = companyDomain(stem, lang)
  const person = PEOPLE[(stem.length + LANGUAGES.indexOf(lang)) % PEOPLE.length]!
  const local = person.toLowerCase().replace(' ', '.').replace(/ /gu, '')
  const map: Record<LookClass, string> = {
    newsletter: `${brand} <news@${domain}>`,
    reply: `${person} <${local}@${domain}>`,
    forward: `${person} <${local}@${domain}>`,
    calendar: `${person} <calendar@${domain}>`,
    'shared-doc': `${person} (via ${brand} Docs) <share-noreply@${domain}>`,
    'list-reply': `${person} via list <group@lists.${domain}>`,
    'ticket-reply': `${brand} Support <support@${domain}>`,
    receipt: `${brand} <receipts@${domain}>`,
    invoice: `${brand} Billing <billing@${domain}>`,
    'bank-alert': `${brand} Bank <alerts@${domain}>`,
    'security-alert': `${brand} <security@${domain}>`,
  }
  return map[cls]
}

export function lookLabel(cls: LookClass, lang: Lang, where: Where, waveId?: string): MailLabel {
  const important = IMPORTANT_CLASSES.includes(cls) && where !== 'sent'
  return {
    label: important ? 'important' : 'ham',
    lang,
    source: `lookalike:${where}:${cls}`,
    ...(waveId ? { waveId } : {}),
  }
}

export interface LookPlace {
  cls: LookClass
  lang: Lang
  reader: Reader
  stem: string
  at: number
  id: string
  where: Where
  waveId?: string
}

function one(
  rng: Random,
  part: Part,
  p: LookPlace,
  at: number,
  id: string,
  where: Where,
  ref: string,
): void {
  const l = LANGUAGES.indexOf(p.lang)
  const brand = capital(p.stem)
  const text = LOOK_TEXTS[p.cls][l]!
  const values = {
    first: p.reader.first,
    brand,
    re: REPLY[l]!,
    fw: FORWARD[l]!,
    ref,
    link: link(rng, companyDomain(p.stem, p.lang), 'd'),
  }
  const { subject, body } = split(text, values)
  const from = sender(p.cls, p.stem, p.lang)
  put(
    part,
    { id, at, from, subject, body, to: p.reader.address },
    lookLabel(p.cls, p.lang, where, where === 'history' ? undefined : p.waveId),
  )
}

/** One look-alike, with its known sender's history and a ticket's first mail before it. */
export function placeLook(rng: Random, part: Part, p: LookPlace): void {
  const ref = numeric(rng, 6)
  one(rng, part, p, p.at, p.id, p.where, ref)
  if (p.cls === 'ticket-reply') {
    const l = LANGUAGES.indexOf(p.lang)
    const { subject, body } = split(TICKET_OPEN[l]!, {})
    const to = `support@${companyDomain(p.stem, p.lang)}`
    const at = p.at - rng.int(2, 9) * DAY - rng.int(0, 8) * HOUR
    put(
      part,
      {
        id: `${p.id}-open`,
        at,
        from: `${p.reader.first} <${p.reader.address}>`,
        subject,
        body,
        to,
        sent: true,
      },
      lookLabel(p.cls, p.lang, 'sent'),
    )
  }
  if (p.where !== 'wave-known') return
  const count = rng.int(1, 3)
  for (let h = 0; h < count; h++) {
    const at = p.at - rng.int(2, 20) * DAY - rng.int(0, 10) * HOUR
    one(rng, part, p, at, `${p.id}-h${h}`, 'history', numeric(rng, 6))
  }
}
