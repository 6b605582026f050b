// The fourteen look-alike classes (everyday mail the person wants) and how one such mail is made:
// its sender (the service's own domain, or a person), its filled text, and for automatic replies
// and ticket replies the person's own earlier mail in the sent folder with the same subject.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { cap } from './companies.ts'
import { AUTOREPLY } from './look/autoreply.ts'
import { CODE } from './look/code.ts'
import { NEWSLETTER } from './look/newsletter.ts'
import { SOCIAL } from './look/social.ts'
import type { LookTexts } from './look/types.ts'
import { APPOINTMENT } from './look/appointment.ts'
import { NOTICE } from './look/notice.ts'
import { SHARED } from './look/shared.ts'
import { TICKET_REPLY } from './look/ticket-reply.ts'
import { PERSON } from './look/person.ts'
import { RECEIPT } from './look/receipt.ts'
import { SERVICE } from './look/service.ts'
import { BANK } from './look/bank.ts'
import { ORDER } from './look/order.ts'
import { TRAVEL } from './look/travel.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'
import { DEVICES, NAMES, PLACES, SENT_SUBJECTS, amount } from './look-values.ts'

export interface LookClass {
  id: string
  label: 'ham' | 'own' | 'important'
  texts: LookTexts
  /** Sender's local part; null for a person writing from their own mailbox. */
  local: string | null
  /** The person wrote first (sent folder, same subject). */
  sentFirst: boolean
}

export const LOOK_CLASSES: readonly LookClass[] = [
  { id: 'newsletter', label: 'ham', texts: NEWSLETTER, local: 'newsletter', sentFirst: false },
  { id: 'social', label: 'ham', texts: SOCIAL, local: 'notifications', sentFirst: false },
  { id: 'autoreply', label: 'ham', texts: AUTOREPLY, local: null, sentFirst: true },
  { id: 'code', label: 'own', texts: CODE, local: 'no-reply', sentFirst: false },
  { id: 'ticket-reply', label: 'ham', texts: TICKET_REPLY, local: 'support', sentFirst: true },
  { id: 'shared', label: 'ham', texts: SHARED, local: 'drive-shares', sentFirst: false },
  { id: 'appointment', label: 'ham', texts: APPOINTMENT, local: 'reminders', sentFirst: false },
  { id: 'notice', label: 'ham', texts: NOTICE, local: 'office', sentFirst: false },
  { id: 'service', label: 'ham', texts: SERVICE, local: 'accounts', sentFirst: false },
  { id: 'person', label: 'ham', texts: PERSON, local: null, sentFirst: false },
  { id: 'receipt', label: 'important', texts: RECEIPT, local: 'receipts', sentFirst: false },
  { id: 'bank', label: 'important', texts: BANK, local: 'alerts', sentFirst: false },
  { id: 'order', label: 'important', texts: ORDER, local: 'orders', sentFirst: false },
  { id: 'travel', label: 'important', texts: TRAVEL, local: 'booking', sentFirst: false },
]

export const IMPORTANT_CLASSES = LOOK_CLASSES.filter((c) => c.label === 'important')
export const EVERYDAY_CLASSES = LOOK_CLASSES.filter((c) => c.label !== 'important')

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

/** A service the person uses: its brand and its sender row for one class. */
export interface Service {
  brand: string
  from: string
  address: string
}

const TLD: Record<Lang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}

export function serviceFor(rng: Random, cls: LookClass, stem: string, lang: Lang): Service {
  const brand = cap(stem)
  if (cls.local === null) {
    const who = rng.pick(NAMES[lang])
    const address = `${who.toLowerCase().replace(/[^a-z]+/gu, '.')}@${stem}.example`
    return { brand, from: `${who} <${address}>`, address }
  }
  const address = `${cls.local}@${stem}.${TLD[lang]}`
  return { brand, from: rng.chance(0.15) ? brand : `${brand} <${address}>`, address }
}

/**
 * One look-alike: the mail itself and, for automatic replies and ticket replies, the person's own
 * earlier mail with the same subject (sent folder, hours or days before).
 */
export function lookPart(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  service: Service,
  at: number,
  id: string,
  where: LookWhere,
  waveId?: string,
  textIndex?: number,
): Part {
  const part = emptyPart()
  const texts = cls.texts[lang]
  const [subject, body] =
    texts[textIndex === undefined ? rng.int(0, texts.length - 1) : textIndex % texts.length]!
  const sent = rng.pick(SENT_SUBJECTS[lang])
  const when = new Date(at + rng.int(1, 9) * DAY)
  const values = {
    brand: service.brand,
    first: person.first,
    name: rng.pick(NAMES[lang]),
    amount: amount(rng, lang),
    code: numeric(rng, 6),
    ref: numeric(rng, rng.int(5, 8)),
    date: `${when.getUTCDate()}/${when.getUTCMonth() + 1}`,
    time: `${rng.int(7, 20)}:${rng.pick(['00', '15', '30', '45'])}`,
    link: `https://${service.address.split('@')[1]}/${token(rng, 18)}`,
    place: rng.pick(PLACES[lang]),
    sent,
    device: rng.pick(DEVICES),
  }
  if (cls.sentFirst) {
    const before =
      at -
      (cls.id === 'autoreply' && rng.chance(0.5) ? rng.int(2, 20) * HOUR : rng.int(2, 9) * DAY) -
      rng.int(0, 59) * MINUTE
    put(
      part,
      {
        id: `${id}-sent`,
        at: before,
        from: `${person.name} <${person.address}>`,
        to: service.address,
        subject: sent,
        body: `${sent}.\n\n${person.first}`,
        sent: true,
      },
      { label: 'own', lang, source: `sent:${cls.id}` },
    )
  }
  const label: MailLabel = {
    label: where === 'history' ? (cls.label === 'own' ? 'own' : cls.label) : cls.label,
    lang,
    source: `lookalike:${where}:${cls.id}`,
  }
  if (waveId !== undefined && cls.label === 'important') label.waveId = waveId
  put(
    part,
    {
      id,
      at,
      from: service.from,
      to: person.address,
      subject: fill(subject, values),
      body: fill(body, values),
    },
    label,
  )
  return part
}
