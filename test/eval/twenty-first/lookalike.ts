// The fourteen look-alike classes (everyday mail the person wants) and how one such mail is made:
// its sender (a brand the person uses, or a person), its filled text, and for out-of-office
// answers and ticket replies the person's own earlier mail in the sent folder.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import type { Company } from './companies.ts'
import { AWAY, CODES, NEWSLETTER, SOCIAL } from './look-a.ts'
import { APPOINTMENT, NOTICE, SHARED, TICKET } from './look-b.ts'
import { APP, PEOPLE_MAIL, RECEIPT } from './look-c.ts'
import { BANK, ORDER, TRAVEL } from './look-d.ts'
import { ORIGINALS, PLACES, WHO } from './look-values.ts'
import type { Person } from './people.ts'
import { fill, numeric, split, token, type Mail } from './records.ts'

export interface LookClass {
  key: string
  label: 'ham' | 'own' | 'important'
  texts: Record<Lang, readonly string[]>
  /** Local part of the brand's address, or `person` when a person writes. */
  local: string
  /** The person's earlier mail this one answers: hours (away) or days (ticket) before. */
  sent?: 'away' | 'ticket'
}

export const LOOK_CLASSES: readonly LookClass[] = [
  { key: 'newsletter', label: 'ham', texts: NEWSLETTER, local: 'news' },
  { key: 'social', label: 'ham', texts: SOCIAL, local: 'notify' },
  { key: 'away', label: 'ham', texts: AWAY, local: 'person', sent: 'away' },
  { key: 'code', label: 'own', texts: CODES, local: 'no-reply' },
  { key: 'ticket', label: 'ham', texts: TICKET, local: 'support', sent: 'ticket' },
  { key: 'shared', label: 'ham', texts: SHARED, local: 'calendar' },
  { key: 'appointment', label: 'ham', texts: APPOINTMENT, local: 'booking' },
  { key: 'notice', label: 'ham', texts: NOTICE, local: 'info' },
  { key: 'app', label: 'ham', texts: APP, local: 'hello' },
  { key: 'person', label: 'ham', texts: PEOPLE_MAIL, local: 'person' },
  { key: 'receipt', label: 'important', texts: RECEIPT, local: 'receipts' },
  { key: 'bank', label: 'important', texts: BANK, local: 'alerts' },
  { key: 'order', label: 'important', texts: ORDER, local: 'orders' },
  { key: 'travel', label: 'important', texts: TRAVEL, local: 'trips' },
]

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export interface LookSender {
  from: string
  address: string
  who: string
  brand: Company
}

export function lookSender(rng: Random, cls: LookClass, brand: Company): LookSender {
  const who = rng.pick(WHO[brand.lang])
  if (cls.local === 'person') {
    const address = `${who.toLowerCase().replace(/[^a-z]+/gu, '.')}@${brand.domain}`
    return { from: `${who} <${address}>`, address, who, brand }
  }
  const address = `${cls.local}@${brand.domain}`
  return { from: `${brand.name} <${address}>`, address, who, brand }
}

function amount(rng: Random, lang: Lang): string {
  const value = `${rng.int(3, 480)}${lang === 'en' ? '.' : ','}${rng.int(10, 99)}`
  return lang === 'en' ? `£${value}` : `${value} €`
}

/** The look-alike mail and, when it answers one, the person's earlier sent mail. */
export function lookMails(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  sender: LookSender,
  at: number,
  id: string,
): { mail: Mail; sent: boolean }[] {
  const orig = rng.pick(ORIGINALS[lang])
  const values = {
    brand: sender.brand.name,
    first: person.first,
    who: cls.local === 'person' ? sender.who : rng.pick(person.friends),
    code: numeric(rng, 6),
    link: `https://${sender.brand.domain}/${token(rng, 16)}`,
    orig,
    amount: amount(rng, lang),
    ref: numeric(rng, 7),
    date: `${rng.int(1, 28)}/${rng.int(11, 12)}`,
    time: `${rng.int(8, 20)}:${rng.pick(['00', '15', '30', '45'])}`,
    place: rng.pick(PLACES[lang]),
  }
  const text = split(fill(rng.pick(cls.texts[lang]), values))
  const out: { mail: Mail; sent: boolean }[] = [
    {
      mail: {
        id,
        at,
        from: sender.from,
        subject: text.subject,
        body: text.body,
        to: person.address,
      },
      sent: false,
    },
  ]
  if (cls.sent) {
    const before = cls.sent === 'away' ? rng.int(1, 20) * HOUR : rng.int(2, 9) * DAY
    const to = cls.sent === 'away' ? sender.address : `support@${sender.brand.domain}`
    out.push({
      mail: {
        id: `${id}-sent`,
        at: at - before - rng.int(0, 59) * MINUTE,
        from: `${person.name} <${person.address}>`,
        subject: orig,
        body: `${orig}\n\n${person.first}`,
        to,
        sent: true,
      },
      sent: true,
    })
  }
  return out
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.key}` }
  return waveId && where !== 'history' ? { ...label, waveId } : label
}
