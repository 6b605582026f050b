// Writes one everyday look-alike mail (and, for auto-replies and ticket replies, the person's own
// earlier mail in the sent folder) from the per-language texts, with its label.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR } from '../clock.ts'
import type { Person } from '../people.ts'
import { fill, numeric, put, type Part } from '../records.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import { lookLabelClass, type LookClass, type LookTexts } from './types.ts'
import { LOCALE, PREHEAD, TOPICS, WHO } from './values.ts'

export const LOOK_TEXT: Record<Lang, LookTexts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

const LOCAL: Partial<Record<LookClass, string>> = {
  newsletter: 'news',
  social: 'notify',
  'own-code': 'no-reply',
  'ticket-reply': 'support',
  'shared-doc': 'drive-share',
  appointment: 'bookings',
  notice: 'office',
  'app-notice': 'hello',
  receipt: 'receipts',
  'bank-alert': 'alerts',
  order: 'orders',
  travel: 'trips',
}

export interface LookSpec {
  cls: LookClass
  lang: Lang
  person: Person
  brand: string
  at: number
  id: string
  where: LookWhere
  waveId?: string
  /** Earlier mail of a company the wave abuses: ham, `lookalike:history:<history>`. */
  history?: string
  /** Which of the class's texts (taken modulo their count). */
  text: number
}

function contact(lang: Lang, brand: string, i: number): { name: string; address: string } {
  const name = WHO[lang][i % WHO[lang].length]!
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/gu, '')
    .replace(' ', '.')
  return { name, address: `${local}@${brand.toLowerCase()}-mail.example` }
}

export function lookLabel(s: LookSpec): MailLabel {
  if (s.history) return { label: 'ham', lang: s.lang, source: `lookalike:history:${s.history}` }
  const label = lookLabelClass(s.cls)
  const base: MailLabel = { label, lang: s.lang, source: `lookalike:${s.where}:${s.cls}` }
  return label === 'important' && s.waveId ? { ...base, waveId: s.waveId } : base
}

/** Puts the look-alike (and its sent-folder precursor) into the part. */
export function putLook(rng: Random, part: Part, s: LookSpec, sentLabel?: MailLabel): void {
  const texts = LOOK_TEXT[s.lang][s.cls]
  const [subject, body] = texts[s.text % texts.length]!
  const who = contact(s.lang, s.brand, rng.int(0, 2))
  const topic = rng.pick(TOPICS[s.lang])
  const day = new Date(s.at + rng.int(1, 9) * DAY)
  const values = {
    brand: s.brand,
    name: s.person.first,
    n: String(rng.int(2, 98)),
    amount: `${rng.int(4, 480)}.${numeric(rng, 2)}`,
    date: day.toLocaleDateString(LOCALE[s.lang], { day: 'numeric', month: 'long' }),
    time: `${rng.int(8, 19)}:${rng.pick(['00', '15', '30', '45'])}`,
    code: numeric(rng, 6),
    topic,
    ref: numeric(rng, 6),
    who: who.name,
    place: s.person.city,
  }
  const personal = s.cls === 'people' || s.cls === 'auto-reply'
  const slug = s.brand.toLowerCase()
  const from = personal
    ? `${who.name} <${who.address}>`
    : `${s.brand} <${LOCAL[s.cls] ?? 'info'}@${slug}.com>`
  const lead = rng.chance(1 / 3) ? `${fill(rng.pick(PREHEAD[s.lang]), values)} ` : ''
  if ((s.cls === 'auto-reply' || s.cls === 'ticket-reply') && sentLabel) {
    put(
      part,
      {
        id: `${s.id}-sent`,
        at: s.at - (s.cls === 'ticket-reply' ? rng.int(26, 120) : rng.int(1, 50)) * HOUR,
        from: `${s.person.first} ${s.person.last} <${s.person.address}>`,
        subject: topic,
        body: `${topic}. ${s.person.first}`,
        to: personal ? who.address : `support@${slug}.com`,
        sent: true,
      },
      sentLabel,
    )
  }
  put(
    part,
    {
      id: s.id,
      at: s.at,
      from,
      subject: fill(subject, values),
      body: lead + fill(body, values),
      to: s.person.address,
    },
    lookLabel(s),
  )
}
