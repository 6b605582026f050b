// How this set writes a wave mail's text: one string whose first line is the subject and the rest
// the body, with {slots} filled per company and mail ({company}, {name}, {msg}, {ref}, {link},
// {code}, {email}, {list}, {site}, {user}, {ip}, {incident}, {date}).
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export type Sender = 'own' | 'hosted' | 'display'

export interface Wording {
  subject: string
  body: string
}

export function split(text: string): Wording {
  const cut = text.indexOf('\n')
  return cut < 0
    ? { subject: text, body: '' }
    : { subject: text.slice(0, cut), body: text.slice(cut + 1) }
}

/** A real product's default, rendered in our words; `sender` is how it usually sends. */
export interface Product {
  family: Family
  product: string
  sender: Sender
  /** Where the shape comes from (documentation or template name), from memory. */
  source: string
  texts: Record<Lang, string>
}
