// A product's default notification, per language: 'subject || body' with {company}, {name},
// {ref}, {link} and {code} slots. Texts are written from memory of each product's documented
// default, in our own words; where a product ships only English, the others are our rendering.
import type { Lang } from '../../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Product {
  family: Family
  product: string
  /** How its mail is sent: the company's own domain, a hosted host, or a bare display name. */
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, string>
}
