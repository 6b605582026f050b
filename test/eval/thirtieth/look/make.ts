// One look-alike mail (and, for the answers, the person's own sent mail before it), from a brand's
// sender row, filled with this mail's values and labelled by class and placement.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import type { Company } from '../companies.ts'
import type { Person } from '../people.ts'
import { fill, numeric, put, token, type Part } from '../records.ts'
import { LOOK_TEXT } from './index.ts'
import { ANSWERS, LABEL_OF, type LookClass } from './types.ts'
import { amount, dayText, hash, OTHERS, SENT_BODY, SENT_SUBJECTS, timeText } from './values.ts'

const LOCAL: Record<LookClass, string> = {
  newsletter: 'news',
  social: 'notify',
  'auto-reply': '',
  'own-code': 'no-reply',
  'ticket-reply': 'support',
  shared: 'share-noreply',
  booking: 'reminders',
  notice: 'office',
  app: 'team',
  people: '',
  receipt: 'receipts',
  bank: 'alerts',
  order: 'orders',
  travel: 'booking',
}

export function otherOf(brand: Company, lang: Lang): string {
  const list = OTHERS[lang]
  return list[hash(brand.stem) % list.length]!
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/gu, '')
    .toLowerCase()
    .replace(/ /gu, '.')

/** The sender row of a class's mail from a brand: the same row every time. */
export function senderOf(cls: LookClass, brand: Company, lang: Lang): string {
  const other = otherOf(brand, lang)
  if (cls === 'people') return `${other} <${slug(other)}@${brand.stem}mail.example>`
  if (cls === 'auto-reply') return `${other} <${slug(other)}@${brand.domain}>`
  if (cls === 'ticket-reply') return `${brand.name} Support <${LOCAL[cls]}@${brand.helpdesk}>`
  if (cls === 'shared') return `${other} (via ${brand.name}) <${LOCAL[cls]}@${brand.domain}>`
  if (cls === 'newsletter') return `${brand.name} <${LOCAL[cls]}@${brand.mailing}>`
  return `${brand.name} <${LOCAL[cls]}@${brand.domain}>`
}

export interface LookSpec {
  cls: LookClass
  lang: Lang
  person: Person
  brand: Company
  at: number
  id: string
  /** quiet | wave-known | wave-new | history */
  where: string
  waveId?: string
  text?: number
}

/** Puts the look-alike (and the person's earlier sent mail for answers); returns its label. */
export function putLook(part: Part, rng: Random, s: LookSpec): MailLabel {
  const texts = LOOK_TEXT[s.cls][s.lang]
  const [subject, body] = texts[s.text ?? rng.int(0, texts.length - 1)]!
  const sentSubject = rng.pick(SENT_SUBJECTS[s.lang])
  const values = {
    brand: s.brand.name,
    first: s.person.first,
    amount: amount(rng, s.lang),
    ref: numeric(rng, rng.int(5, 7)),
    code: numeric(rng, 6),
    day: dayText(s.at + rng.int(1, 9) * DAY, s.lang),
    time: timeText(s.at + rng.int(0, 6) * HOUR),
    link: `https://${s.brand.domain}/${s.cls}/${token(rng, 18)}`,
    other: otherOf(s.brand, s.lang),
    subject: sentSubject,
  }
  const from = senderOf(s.cls, s.brand, s.lang)
  if (ANSWERS.includes(s.cls)) {
    const earlier =
      s.cls === 'auto-reply'
        ? rng.int(2, 300) * MINUTE
        : rng.int(1, 6) * DAY + rng.int(0, 600) * MINUTE
    const to = /<([^>]+)>/u.exec(from)?.[1] ?? ''
    const sentTo = s.cls === 'ticket-reply' ? `support@${s.brand.domain}` : to
    put(
      part,
      {
        id: `${s.id}-sent`,
        at: s.at - earlier,
        from: `${s.person.name} <${s.person.address}>`,
        to: sentTo,
        subject: sentSubject,
        body: `${SENT_BODY[s.lang]}${s.person.first}`,
        sent: true,
      },
      { label: 'ham', lang: s.lang, source: `sent:${s.cls}` },
    )
  }
  const label: MailLabel = {
    label: LABEL_OF[s.cls],
    lang: s.lang,
    source: `lookalike:${s.where}:${s.cls}`,
  }
  if (s.waveId && label.label === 'important') label.waveId = s.waveId
  put(
    part,
    {
      id: s.id,
      at: s.at,
      from,
      to: s.person.address,
      subject: fill(subject, values),
      body: fill(body, values),
    },
    label,
  )
  return label
}
