// The look-alike mail of this set: one class's text filled for a brand and the person, sent from
// the brand's own address (people and auto-replies from a person's address), with her earlier
// sent mail when the class answers one, and a label `lookalike:<where>:<class>`.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { fill, numeric, type Mail } from '../../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { cap, TLD } from '../companies.ts'
import type { Person } from '../people.ts'
import { AUTO_REPLIES, NEWSLETTER, SOCIAL } from './everyday-a.ts'
import { CODES, SHARED, TICKET_REPLIES } from './everyday-b.ts'
import { APP_NOTICES, APPOINTMENTS, NOTICES } from './everyday-c.ts'
import { BANK, ORDERS, RECEIPTS, TRAVEL } from './important.ts'
import { PERSONAL } from './personal.ts'
import {
  ANSWERS_SENT,
  lookClassLabel,
  OPENERS,
  SENT_SUBJECTS,
  type LookClass,
  type LookTexts,
} from './types.ts'

export { LOOK_CLASSES, type LookClass } from './types.ts'

export const LOOK_TEXT: Record<LookClass, LookTexts> = {
  newsletter: NEWSLETTER,
  social: SOCIAL,
  'auto-reply': AUTO_REPLIES,
  code: CODES,
  'ticket-reply': TICKET_REPLIES,
  shared: SHARED,
  appointment: APPOINTMENTS,
  notice: NOTICES,
  app: APP_NOTICES,
  personal: PERSONAL,
  receipt: RECEIPTS,
  bank: BANK,
  order: ORDERS,
  travel: TRAVEL,
}

const CURRENCY: Record<Lang, (n: string) => string> = {
  en: (n) => `£${n}`,
  de: (n) => `${n.replace('.', ',')} €`,
  fr: (n) => `${n.replace('.', ',')} €`,
  es: (n) => `${n.replace('.', ',')} €`,
  pt: (n) => `R$ ${n.replace('.', ',')}`,
  it: (n) => `€ ${n.replace('.', ',')}`,
  nl: (n) => `€ ${n.replace('.', ',')}`,
}

const PEOPLE_NAMES = [
  'Dana Price',
  'Tom Becker',
  'Léa Roux',
  'Javier Gil',
  'Bia Souza',
  'Fede Conti',
  'Lotte Smit',
]

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export interface LookSender {
  brand: string
  from: string
  domain: string
}

export function lookSender(rng: Random, cls: LookClass, lang: Lang, stem: string): LookSender {
  const brand = cap(stem)
  const domain = `${stem}.${TLD[lang]}`
  if (cls === 'personal' || cls === 'auto-reply') {
    const name = rng.pick(PEOPLE_NAMES)
    const local = name.toLowerCase().replace(/[^a-z]+/gu, '.')
    return {
      brand,
      domain,
      from: `${name} <${local}@${cls === 'personal' ? 'gmail.com' : domain}>`,
    }
  }
  const local =
    cls === 'newsletter'
      ? 'news'
      : cls === 'code'
        ? 'no-reply'
        : rng.pick(['hello', 'info', 'service', 'notifications'])
  return { brand, domain, from: `${brand} <${local}@${domain}>` }
}

export interface Labelled {
  mail: Mail
  label: MailLabel
}

export function lookMails(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  sender: LookSender,
  at: number,
  id: string,
  where: LookWhere,
  waveId?: string,
): Labelled[] {
  const texts = LOOK_TEXT[cls][lang]
  const [subject, body] = texts[rng.int(0, texts.length - 1)]!
  const when = new Date(at + rng.int(1, 9) * DAY)
  const values = {
    brand: sender.brand,
    first: person.first,
    n: numeric(rng, 7),
    code: numeric(rng, 6),
    amount: CURRENCY[lang](`${rng.int(4, 480)}.${String(rng.int(0, 99)).padStart(2, '0')}`),
    day: `${when.getUTCDate()}.${when.getUTCMonth() + 1}.`,
    time: `${rng.int(7, 20)}:${rng.pick(['00', '15', '30', '45'])}`,
    sent: rng.pick(SENT_SUBJECTS[lang]),
    ticket: numeric(rng, 6),
  }
  const opener = rng.chance(1 / 3) ? `${rng.pick(OPENERS[lang])} ` : ''
  const kind = lookClassLabel(cls)
  const label: MailLabel = { label: kind, lang, source: `lookalike:${where}:${cls}` }
  if (waveId && where !== 'history' && kind === 'important') label.waveId = waveId
  const out: Labelled[] = [
    {
      mail: {
        id,
        at,
        from: sender.from,
        subject: fill(subject, values),
        body: fill(opener + body, values),
        to: person.address,
      },
      label,
    },
  ]
  if (ANSWERS_SENT.includes(cls)) {
    const before =
      cls === 'auto-reply' ? rng.int(2, 90) * MINUTE : rng.int(2, 6) * DAY + rng.int(0, 8) * HOUR
    const address = /<([^>]+)>/u.exec(sender.from)?.[1] ?? `support@${sender.domain}`
    out.push({
      mail: {
        id: `${id}-sent`,
        at: at - before,
        from: `${person.first} ${person.last} <${person.address}>`,
        subject: values.sent,
        body: `${person.first}`,
        to: cls === 'ticket-reply' ? `support@${sender.domain}` : address,
        sent: true,
      },
      label: { label: 'ham', lang, source: `sent:${cls}` },
    })
  }
  return out
}
