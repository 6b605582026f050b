// The look-alike classes: the brief's fourteen, plus bills and statements (important), the
// acknowledgements the person caused and their own event registrations (both own).
import type { LabelClass, Lang } from '../../types.ts'
import { NEWSLETTER, OUT_OF_OFFICE, OWN_CODE, SOCIAL } from './text-a.ts'
import { APPOINTMENT, NOTICE, SHARED, TICKET_REPLY } from './text-b.ts'
import { APP_NOTICE, BANK_ALERT, PEOPLE_MAIL, RECEIPT } from './text-c.ts'
import { BILLS, BILLS_MORE, ORDER, TRAVEL } from './text-d.ts'
import { OWN_ACK, OWN_EVENT } from './text-e.ts'

export const LOOK_CLASS_NAMES = [
  'newsletter',
  'social',
  'out-of-office',
  'own-code',
  'ticket-reply',
  'shared',
  'appointment',
  'notice',
  'app-notice',
  'people',
  'receipt',
  'bank-alert',
  'order',
  'travel',
  'bills',
  'own-ack',
  'own-event',
] as const
export type LookClass = (typeof LOOK_CLASS_NAMES)[number]

/** The fourteen classes of the brief. */
export const BRIEF_CLASSES: readonly LookClass[] = LOOK_CLASS_NAMES.slice(0, 14)
export const IMPORTANT_CLASSES: readonly LookClass[] = [
  'receipt',
  'bank-alert',
  'order',
  'travel',
  'bills',
]
export const EVERYDAY_CLASSES: readonly LookClass[] = BRIEF_CLASSES.filter(
  (c) => !IMPORTANT_CLASSES.includes(c),
)

const BILLS_ALL: Record<Lang, readonly string[]> = {
  en: [...BILLS.en, ...BILLS_MORE.en],
  de: [...BILLS.de, ...BILLS_MORE.de],
  fr: [...BILLS.fr, ...BILLS_MORE.fr],
  es: [...BILLS.es, ...BILLS_MORE.es],
  pt: [...BILLS.pt, ...BILLS_MORE.pt],
  it: [...BILLS.it, ...BILLS_MORE.it],
  nl: [...BILLS.nl, ...BILLS_MORE.nl],
}

export const LOOK_TEXT: Record<LookClass, Record<Lang, readonly string[]>> = {
  newsletter: NEWSLETTER,
  social: SOCIAL,
  'out-of-office': OUT_OF_OFFICE,
  'own-code': OWN_CODE,
  'ticket-reply': TICKET_REPLY,
  shared: SHARED,
  appointment: APPOINTMENT,
  notice: NOTICE,
  'app-notice': APP_NOTICE,
  people: PEOPLE_MAIL,
  receipt: RECEIPT,
  'bank-alert': BANK_ALERT,
  order: ORDER,
  travel: TRAVEL,
  bills: BILLS_ALL,
  'own-ack': OWN_ACK,
  'own-event': OWN_EVENT,
}

export function labelOf(cls: LookClass): LabelClass {
  if (cls === 'own-code' || cls === 'own-ack' || cls === 'own-event') return 'own'
  return IMPORTANT_CLASSES.includes(cls) ? 'important' : 'ham'
}

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new'
