// What a product's wording is: its family, where its text comes from, which typed field it
// repeats (the attacker's payload goes there), how its mail is sent, and its text per language.
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

/** The values a product fills in: what was typed into the form, and what the site generates. */
export interface Fill {
  company: string
  /** Name field as typed (a bland name, or the payload). */
  name: string
  /** Subject / title field as typed. */
  subject: string
  /** Free-text message as typed. */
  message: string
  email: string
  ref: string
  code: string
  link: string
  site: string
}

export interface Text {
  subject: string
  body: string
}

/** subject: the typed title is repeated; message: the typed text; name: the name; none: nothing. */
export type Echo = 'subject' | 'message' | 'name' | 'none'

export interface Product {
  product: string
  family: Family
  source: string
  echo: Echo
  /** The product's hosted sender for a company, when it has one (else the company's domain). */
  hosted?: (c: Company) => string
  /** The address on the company's own domain, when the product has a usual one. */
  ownAddress?: (c: Company) => string
  /** The display name the product puts before the address. */
  display: (c: Company) => string
  texts: Record<Lang, (f: Fill) => Text>
}
