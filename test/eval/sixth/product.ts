// One product's default mail in every language of the set, and how it is filled in. A text's
// placeholders: {company} {site} {name} {subject} {message} {email} {ticket} {code} {link}.
import type { SixthLang } from './langs.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

/** Where the product repeats what was typed into the form (where a payload lands). */
export type Echo = 'subject' | 'message' | 'name' | 'none'

export interface Text {
  subject: string
  body: string
}

export interface Product {
  product: string
  family: Family
  /** Where the real default text can be checked. */
  source: string
  echo: Echo
  /** The product's hosted sender for a company (slug, domain), when it has one. */
  hosted?: (slug: string, domain: string) => string
  texts: Record<SixthLang, Text>
}

export type Fill = Record<
  'company' | 'site' | 'name' | 'subject' | 'message' | 'email' | 'ticket' | 'code' | 'link',
  string
>

export function fill(template: string, values: Fill): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in values ? values[key as keyof Fill] : whole,
  )
}
