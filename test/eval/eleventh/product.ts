// How a product's wording is written down: a subject and a body per language with {placeholders}
// filled for each mail, the product's hosted sender shape and the documented source of its text.
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

/** What a mail can echo: the name and subject the attacker typed, and what the company adds. */
export interface Fields {
  name: string
  subject: string
  email: string
  company: string
  site: string
  ticket: string
  code: string
  link: string
}

export interface Wording {
  subject: string
  body: string
}

export interface Product {
  product: string
  family: Family
  /** Where the default text is documented (or "reconstruction" and what it follows). */
  source: string
  /** Sender address when the product's own service sends for the company. */
  hosted: (c: Company) => string
  /** Local part when the company's own domain sends. */
  ownLocal: string
  texts: Record<Lang, Wording>
}

export function fill(template: string, fields: Fields): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in fields ? fields[key as keyof Fields] : whole,
  )
}
