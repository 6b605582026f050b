// What a wave mail's wording is: a subject and a body with {slots}. Slots a wave fills: brand,
// name (what was typed as the name), topic (the typed subject), message (the typed text), ticket,
// ticketlong, stamp, link, code, email (the person's), support (the company's address), site,
// minutes, date, ip.
import type { Lang } from '../../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Wording {
  subject: string
  body: string
}

export interface HandText extends Wording {
  lang: Lang
}
