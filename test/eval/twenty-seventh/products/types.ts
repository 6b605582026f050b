// A product's default notification as this set renders it: one subject and body per language.
import type { Lang } from '../../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

/** Slots: {brand} {domain} {p} (what the form got) {num} {code} {link} {list}. */
export interface Wording {
  subject: string
  body: string
}

export interface Product {
  family: Family
  product: string
  /** How the product's mail usually leaves: the company's domain, a hosted host, or a name. */
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, Wording>
}
