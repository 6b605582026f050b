// Shapes shared by the thirty-fifth set's wording files.
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

/**
 * A subject and body with slots: {company}, {ref}, {link}, {code}, {payload} (what the attacker
 * typed into the form: a ticket subject or a name field), {greet} (the name field).
 */
export interface Wording {
  subject: string
  body: string
}

export interface Product {
  family: Family
  product: string
  /** How the product's mail usually arrives. */
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, Wording>
}

export interface HandText extends Wording {
  lang: Lang
}
