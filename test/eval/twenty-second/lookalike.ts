// The fourteen look-alike classes and how one look-alike mail is made: its brand or person, its
// sender row, its slots, and for out-of-office replies, ticket replies and "Re:" threads the
// person's own earlier sent mail with the same subject.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { makeCompany, type Company } from './companies.ts'
import { NEWSLETTER, SOCIAL } from './look-a.ts'
import { CODE, OUT_OF_OFFICE } from './look-b.ts'
import { SHARED, TICKET_REPLY } from './look-c.ts'
import { APPOINTMENT, NOTICE } from './look-d.ts'
import { APP_NOTICE, PERSON } from './look-e.ts'
import { BANK, RECEIPT } from './look-f.ts'
import { ORDER, TRAVEL } from './look-g.ts'
import type { LookClass, LookTexts } from './look-types.ts'
import { NAMES, SENT_SUBJECTS } from './look-names.ts'
import type { Person } from './people.ts'
import { fill, numeric, token, type Mail } from './records.ts'
import { t } from './wording.ts'

const c = (
  id: string,
  label: LookClass['label'],
  texts: LookTexts,
  from: LookClass['from'] = 'brand',
  sentFirst = false,
): LookClass => ({ id, label, from, sentFirst, texts })

export const LOOK_CLASSES: readonly LookClass[] = [
  c('newsletter', 'ham', NEWSLETTER),
  c('social', 'ham', SOCIAL),
  c('out-of-office', 'ham', OUT_OF_OFFICE, 'person', true),
  c('code', 'own', CODE),
  c('ticket-reply', 'ham', TICKET_REPLY, 'brand', true),
  c('shared', 'ham', SHARED),
  c('appointment', 'ham', APPOINTMENT),
  c('notice', 'ham', NOTICE),
  c('app-notice', 'ham', APP_NOTICE),
  c('person', 'ham', PERSON, 'person'),
  c('receipt', 'important', RECEIPT),
  c('bank', 'important', BANK),
  c('order', 'important', ORDER),
  c('travel', 'important', TRAVEL),
]

export const lookClass = (id: string): LookClass => LOOK_CLASSES.find((k) => k.id === id)!

const LOCAL: Record<string, string> = {
  newsletter: 'news',
  social: 'notifications',
  code: 'no-reply',
  'ticket-reply': 'support',
  shared: 'share-noreply',
  appointment: 'reminders',
  notice: 'info',
  'app-notice': 'team',
  receipt: 'receipts',
  bank: 'alerts',
  order: 'orders',
  travel: 'noreply',
}

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export interface LookMail {
  mail: Mail
  label: MailLabel
}

function amount(rng: Random, lang: Lang): string {
  const value = `${rng.int(4, 480)}.${numeric(rng, 2)}`
  return lang === 'en' ? `£${value}` : `${value.replace('.', ',')} €`
}

/** The sender row a look-alike of this class comes from, fixed per brand. */
export function lookSender(rng: Random, cls: LookClass, brand: Company): string {
  if (cls.from === 'person') {
    const who = rng.pick(NAMES[brand.lang])
    const local = who
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/gu, '.')
    return `${who} <${local}@${brand.domain}>`
  }
  const local = LOCAL[cls.id] ?? 'noreply'
  if (cls.id === 'shared')
    return `${rng.pick(NAMES[brand.lang])} (via ${brand.name}) <${local}@${brand.domain}>`
  return `${brand.name} <${local}@${brand.domain}>`
}

export function brandFor(rng: Random, stem: string, lang: Lang): Company {
  return makeCompany(stem, lang, rng)
}

/** One look-alike (and, when its class needs one, the person's earlier sent mail). */
export function lookMails(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  brand: Company,
  from: string,
  at: number,
  id: string,
  where: LookWhere,
  waveId?: string,
): LookMail[] {
  const text = t(rng.pick(cls.texts[lang]))
  const subj = rng.pick(SENT_SUBJECTS[lang])
  const day = new Date(at + rng.int(1, 9) * DAY)
  const values = {
    first: person.first,
    brand: brand.name,
    code: numeric(rng, 6),
    link: `https://${brand.domain}/${rng.pick(['a', 'view', 'l', 'go'])}/${token(rng, 18)}`,
    amount: amount(rng, lang),
    n: String(rng.int(2, 2027)),
    ref: numeric(rng, rng.int(5, 8)),
    day: `${day.getUTCDate()}/${day.getUTCMonth() + 1}`,
    time: `${rng.int(8, 19)}:${rng.pick(['00', '15', '30', '45'])}`,
    who: rng.pick(NAMES[lang]),
    subj,
  }
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.id}` }
  if (waveId && cls.label === 'important') label.waveId = waveId
  const subject = fill(text.subject, values)
  const out: LookMail[] = [
    { mail: { id, at, from, subject, body: fill(text.body, values), to: person.address }, label },
  ]
  const reply = /^(re|aw|r):\s*/iu.exec(subject)
  if (cls.sentFirst || (cls.id === 'person' && reply)) {
    const address = /<([^>]+)>/u.exec(from)?.[1] ?? from
    const to = cls.id === 'ticket-reply' ? `support@${brand.domain}` : address
    const before =
      at -
      (cls.id === 'ticket-reply' ? rng.int(1, 6) * DAY : rng.int(1, 60) * HOUR) -
      rng.int(0, 59) * MINUTE
    const sentSubject = cls.id === 'person' ? subject.slice(reply![0].length) : subj
    out.push({
      mail: {
        id: `${id}-sent`,
        at: before,
        from: `${person.name} <${person.address}>`,
        subject: sentSubject,
        body: `Hello,\n\n${sentSubject}: could you have a look when you have a moment?\n\n${person.first}`,
        to,
        sent: true,
      },
      label: { label: 'ham', lang, source: `sent:${cls.id}` },
    })
  }
  return out
}
