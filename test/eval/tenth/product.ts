// What a product's automated mail is made of: its family, where it repeats what a form's visitor
// typed, its text in each language, and the addresses it sends from.
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

/** The form fields a product's mail repeats; `none`: it repeats nothing typed. */
export type Echo = 'subject' | 'message' | 'name'

/** Everything a template may fill in. */
export interface Ctx {
  company: string
  domain: string
  /** The name field as typed on the form (an attacker's payload, or a bland name). */
  name: string
  /** The subject field as typed. */
  typed: string
  /** The message field as typed. */
  message: string
  email: string
  /** Ticket, case or entry number, moving on between submissions. */
  ref: string
  code: string
  link: string
}

export interface Text {
  subject: string
  body: string
}

export type Render = (c: Ctx) => Text

export interface Product {
  product: string
  family: Family
  /** The documented default the wording follows, or "reconstruction" with what it follows. */
  source: string
  echo: readonly Echo[]
  texts: Record<Lang, Render>
  /** Local parts (and optional subdomain) on the company's own domain: 'no-reply', 'mail.news'. */
  own: readonly string[]
  /** The product's hosted sender for a company, "Name <address>". */
  hosted: (c: Company) => string
}

/** Lines joined as a plain-text body. */
export function lines(...parts: readonly string[]): string {
  return parts.join('\n')
}
