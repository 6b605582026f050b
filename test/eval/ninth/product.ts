// What a product file describes: one real product's default mail in the seven languages, where it
// repeats what was typed into the form, and how its sender rows look.
import type { Render } from '../fifth/product.ts'
import type { Lang } from '../types.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

/** Where the product repeats the form's input: the subject, the name field, or nowhere. */
export type Echo = 'subject' | 'name' | 'none'

export type { Fill, MailText, Render } from '../fifth/product.ts'

export interface Product {
  product: string
  family: Family
  /** The documented default text or behaviour the wording follows. */
  source: string
  echo: Echo
  /** The product's hosted sender for a company's slug, as a From line; null when none. */
  hosted: ((slug: string, company: string) => string) | null
  /** Local parts of the company's own sender. */
  locals: readonly string[]
  texts: Record<Lang, Render>
}
