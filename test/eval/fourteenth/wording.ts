// What a wording needs to render one mail, and the shape of every wording of this set.
import type { Lang } from '../types.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface Ctx {
  company: string
  domain: string
  /** What was typed into the name field (a payload or a bland name). */
  name: string
  /** What was typed into the subject / message field. */
  typed: string
  ref: string
  link: string
  code: string
}

export interface Text {
  subject: string
  body: string
}

export type Wording = (c: Ctx) => Text

/** A hand-written text: one company's own wording in one language. */
export interface Written {
  lang: Lang
  w: Wording
}

/** The sender shape a product always uses. */
export type ProductSender = 'own' | 'hosted' | 'display'

export interface Product {
  product: string
  family: Family
  source: string
  sender: ProductSender
  /** The sender address for a company (unused for display-only products). */
  address: (slug: string, domain: string) => string
  texts: Record<Lang, Wording>
}
