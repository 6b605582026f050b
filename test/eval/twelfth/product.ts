// A product of the set: its wording family, its documented source, the address it sends from
// when it is hosted, and one wording per language.
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

/** What a wording fills in: the attacker controls `name` and `topic`. */
export interface MailContext {
  company: Company
  /** The name typed into the form (a bland name or the payload). */
  name: string
  /** The subject or message typed into the form. */
  topic: string
  /** The victim's address. */
  email: string
  ticket: number
  code: string
  link: string
}

export interface Written {
  subject: string
  body: string
}

export type Wording = (m: MailContext) => Written

export interface Product {
  product: string
  family: Family
  /** Where the default text is documented, or "reconstruction" and why. */
  source: string
  /** The sender row when the product's hosted service sends (addresses invented in its shape). */
  hosted: (c: Company) => string
  texts: Record<Lang, Wording>
}
