// The fourteen look-alike classes of everyday mail the person wants, their labels and texts.
import type { LabelClass, Lang } from '../../types.ts'
import { APP } from './app.ts'
import { APPOINTMENT } from './appointment.ts'
import { BANK } from './bank.ts'
import { CODES } from './codes.ts'
import { NEWSLETTER } from './newsletter.ts'
import { NOTICE } from './notice.ts'
import { OOO } from './ooo.ts'
import { ORDER } from './order.ts'
import { PEOPLE_FIRST } from './people.ts'
import { RECEIPT } from './receipt.ts'
import { SHARED } from './shared.ts'
import { SOCIAL } from './social.ts'
import { TICKET } from './ticket.ts'
import { TRAVEL } from './travel.ts'

export const LOOK_CLASS_NAMES = [
  'newsletter',
  'social',
  'ooo',
  'codes',
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
] as const
export type LookClassName = (typeof LOOK_CLASS_NAMES)[number]

export const LOOK_LABEL: Record<LookClassName, LabelClass> = {
  newsletter: 'ham',
  social: 'ham',
  ooo: 'ham',
  codes: 'own',
  'ticket-reply': 'ham',
  shared: 'ham',
  appointment: 'ham',
  notice: 'ham',
  'app-notice': 'ham',
  people: 'ham',
  receipt: 'important',
  'bank-alert': 'important',
  order: 'important',
  travel: 'important',
}

/** Texts per class and language (`subject|body`); people replies are built from people.ts. */
export const LOOK_TEXT: Record<LookClassName, Record<Lang, readonly string[]>> = {
  newsletter: NEWSLETTER,
  social: SOCIAL,
  ooo: OOO,
  codes: CODES,
  'ticket-reply': TICKET,
  shared: SHARED,
  appointment: APPOINTMENT,
  notice: NOTICE,
  'app-notice': APP,
  people: PEOPLE_FIRST,
  receipt: RECEIPT,
  'bank-alert': BANK,
  order: ORDER,
  travel: TRAVEL,
}

export const IMPORTANT_CLASSES = LOOK_CLASS_NAMES.filter((c) => LOOK_LABEL[c] === 'important')
export const EVERYDAY_CLASSES = LOOK_CLASS_NAMES.filter((c) => LOOK_LABEL[c] !== 'important')
