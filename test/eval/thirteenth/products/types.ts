// What a product sends: its wording per language (templates with {placeholders}) and the sender
// shapes its mails come in. Placeholders: {name} and {subject} are what the form's sender typed
// (the attacker's payload lands there), {company}, {id}, {code}, {link}, {email} are filled in.
import type { Lang } from '../../types.ts'
import type { Company } from '../companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface Text {
  subject: string
  body: string
}

/**
 * own: the company's own domain; esp: a mailing subdomain of it (mail.company.tld, labelled own);
 * hosted: the product's or an ESP's domain; display: the from field is a name only.
 */
export type SenderKind = 'own' | 'esp' | 'hosted' | 'display'

export interface Product {
  product: string
  family: Family
  /** Which documented default the texts follow, or "reconstruction". */
  source: string
  texts: Record<Lang, Text>
  /** Shapes this product's mails come in; a product listing only display names sends no address. */
  senders: readonly SenderKind[]
  /** Local part of the company-domain address (no-reply, support, hello…). */
  mailbox: string
  /** The product's hosted address for a company (when `senders` holds hosted). */
  hosted?: (c: Company) => string
  /** The mailing-subdomain address (default <mailbox>@mail.<domain>). */
  esp?: (c: Company) => string
  /** The display name the product shows (defaults to the company's name). */
  display?: (c: Company, lang: Lang) => string
  /** Kind of code the product sends: digits or letters. */
  code?: 'digits6' | 'digits8' | 'alnum6'
}
