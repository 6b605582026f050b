// The fourteen look-alike classes (everyday mail the person wants) and how one such mail is made:
// its sender (a service the person uses, or a person), its text, and for automatic replies, ticket
// replies and "Re:" threads the person's own earlier mail in the sent folder.
import type { Random } from '../prng.ts'
import type { LabelClass, Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { MAILING_HOSTS } from './companies.ts'
import { AUTOREPLY, CODES, NEWSLETTER, SOCIAL } from './look-1.ts'
import { APPOINTMENT, NOTICE, SHARED, TICKET_REPLY } from './look-2.ts'
import { APP_NOTICE, PEOPLE_MAIL, RECEIPT } from './look-3.ts'
import { BANK_ALERT, ORDER, TRAVEL } from './look-4.ts'
import type { Person } from './people.ts'
import { digits, fill, put, split, token, type Mail, type Part } from './records.ts'
import { SENT_SUBJECTS } from './sent.ts'

export interface LookClass {
  name: string
  label: LabelClass
  texts: Record<Lang, readonly string[]>
  /** Sender's local part, or person when a person writes. */
  local: readonly string[] | 'person'
  /** The person's own earlier mail this one answers. */
  answers?: 'autoreply' | 'ticket'
}

export const LOOK_CLASSES: readonly LookClass[] = [
  { name: 'newsletter', label: 'ham', texts: NEWSLETTER, local: ['news', 'newsletter', 'hello'] },
  { name: 'social', label: 'ham', texts: SOCIAL, local: ['notify', 'notifications', 'no-reply'] },
  { name: 'autoreply', label: 'ham', texts: AUTOREPLY, local: 'person', answers: 'autoreply' },
  { name: 'codes', label: 'own', texts: CODES, local: ['no-reply', 'security', 'login'] },
  {
    name: 'ticket-reply',
    label: 'ham',
    texts: TICKET_REPLY,
    local: ['support', 'help'],
    answers: 'ticket',
  },
  {
    name: 'shared',
    label: 'ham',
    texts: SHARED,
    local: ['drive-shares-noreply', 'calendar-notification'],
  },
  {
    name: 'appointment',
    label: 'ham',
    texts: APPOINTMENT,
    local: ['reminders', 'info', 'booking'],
  },
  { name: 'notice', label: 'ham', texts: NOTICE, local: ['office', 'secretariat', 'info'] },
  { name: 'app-notice', label: 'ham', texts: APP_NOTICE, local: ['no-reply', 'team', 'updates'] },
  { name: 'people', label: 'ham', texts: PEOPLE_MAIL, local: 'person' },
  {
    name: 'receipt',
    label: 'important',
    texts: RECEIPT,
    local: ['receipts', 'payments', 'service'],
  },
  {
    name: 'bank-alert',
    label: 'important',
    texts: BANK_ALERT,
    local: ['alerts', 'security', 'notify'],
  },
  { name: 'order', label: 'important', texts: ORDER, local: ['orders', 'shipping', 'track'] },
  { name: 'travel', label: 'important', texts: TRAVEL, local: ['checkin', 'booking', 'travel'] },
]

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export interface LookSender {
  brand: string
  domain: string
  from: string
  /** A person's name when a person writes. */
  person?: string
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)
const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/gu, '.')

/** The sender of one look-alike class for a brand stem (a service, or a person at that domain). */
export function lookSender(rng: Random, cls: LookClass, stem: string, person: Person): LookSender {
  const brand = cap(stem)
  const domain = `${stem}.${rng.pick(['com', 'eu', 'net', 'app'])}`
  if (cls.local === 'person') {
    const name = rng.pick(
      cls.name === 'people' ? person.colleagues : ['Dana Kovač', 'Pieter Haas', 'Mira Lund'],
    )
    return { brand, domain, from: `${name} <${slug(name)}@${domain}>`, person: name }
  }
  const host = cls.name === 'newsletter' && rng.chance(0.3)
  const local = rng.pick(cls.local)
  const address = host ? `${local}@${stem}.${rng.pick(MAILING_HOSTS)}` : `${local}@${domain}`
  return { brand, domain, from: `${brand} <${address}>` }
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.name}` }
  return waveId && where !== 'history' ? { ...label, waveId } : label
}

/** One look-alike mail (and the person's earlier sent mail it answers, when it answers one). */
export function addLookalike(
  rng: Random,
  part: Part,
  cls: LookClass,
  lang: Lang,
  person: Person,
  sender: LookSender,
  at: number,
  id: string,
  label: MailLabel,
): void {
  const subject = rng.pick(SENT_SUBJECTS[lang])
  const values = {
    brand: sender.brand,
    name: person.first,
    other: rng.pick(person.colleagues),
    sender: sender.person ?? sender.brand,
    subject,
    ref: digits(rng, rng.int(5, 7)),
    code: digits(rng, 6),
    amount: `${rng.int(4, 480)}.${digits(rng, 2)}`,
    link: `https://${sender.domain}/${token(rng, 20)}`,
  }
  const text = split(fill(rng.pick(cls.texts[lang]), values))
  const mail: Mail = { id, at, from: sender.from, to: person.address, ...text }
  put(part, mail, label)
  const reply = /^(re|aw|r|rif)\s?:/iu.test(text.subject)
  if (!cls.answers && !(cls.name === 'people' && reply)) return
  const before =
    cls.answers === 'ticket' ? rng.int(2, 6) * DAY + rng.int(0, 8) * HOUR : rng.int(1, 30) * HOUR
  const address = /<([^>]+)>/u.exec(sender.from)?.[1] ?? ''
  const to =
    cls.answers === 'ticket' ? `${sender.brand} Support <support@${sender.domain}>` : address
  const sentSubject = cls.answers ? subject : text.subject.replace(/^\S+\s?:\s*/u, '')
  put(
    part,
    {
      id: `${id}-sent`,
      at: at - before - rng.int(1, 50) * MINUTE,
      from: `${person.first} ${person.last} <${person.address}>`,
      to,
      subject: sentSubject,
      body: `${sentSubject}\n\n${cls.answers === 'ticket' ? `Order ${digits(rng, 8)}. ` : ''}${person.first}`,
      sent: true,
    },
    { label: 'own', lang, source: `sent:${cls.name}` },
  )
}
