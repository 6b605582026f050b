// Every look-alike class's texts, by class.
import { BANK, ORDER, TRAVEL } from './bank-order-travel.ts'
import { NOTICE, APP } from './notice-app.ts'
import { NEWSLETTER, SOCIAL } from './newsletter-social.ts'
import { PEOPLE_MAIL, RECEIPT } from './people-receipt.ts'
import { AUTO_REPLY, OWN_CODE, TICKET_REPLY } from './replies-codes.ts'
import { BOOKING, SHARED } from './shared-booking.ts'
import type { LookClass, LookTexts } from './types.ts'

export const LOOK_TEXT: Record<LookClass, LookTexts> = {
  newsletter: NEWSLETTER,
  social: SOCIAL,
  'auto-reply': AUTO_REPLY,
  'own-code': OWN_CODE,
  'ticket-reply': TICKET_REPLY,
  shared: SHARED,
  booking: BOOKING,
  notice: NOTICE,
  app: APP,
  people: PEOPLE_MAIL,
  receipt: RECEIPT,
  bank: BANK,
  order: ORDER,
  travel: TRAVEL,
}
