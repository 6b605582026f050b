// A product's default mail in each language it is rendered in, and how its mail is sent.
import type { Lang } from '../../types.ts'
import type { Family } from '../inhouse/types.ts'

export interface ProductText {
  subject: string
  body: string
}

export interface Product {
  family: Family
  product: string
  /** own: the company's domain; hosted: the product's host; display: a name alone. */
  sender: 'own' | 'hosted' | 'display'
  /** For hosted senders: the address, with {slug}. */
  host?: string
  texts: Partial<Record<Lang, ProductText>>
}
