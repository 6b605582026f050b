// The shape of one product's wording: its family, where its default text can be checked, how its
// mail is sent, and its texts per language. Placeholders, filled per mail by ../waves.ts:
//   {title}   what was typed in the subject / title field      {message} the message field
//   {name}    the name field                                   {user}    a username field
//   {company} the company's name   {site} its domain   {email} the recipient's address
//   {ticket}  a reference of the product's shape   {code} a one-time code   {link} a link
import type { Lang } from '../../types.ts'
import type { Company } from '../companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

export interface Wording {
  subject: string
  body: string
}

export interface Product {
  product: string
  family: Family
  /** The real default text or documentation the wording follows. */
  source: string
  /** Local parts of the company's own address when it sends this product's mail itself. */
  locals: readonly string[]
  /** Subdomains of the company's domain it sends from ('' for the bare domain). */
  subdomains?: readonly string[]
  /** The product's hosted sender (its own domain or the company's tenant subdomain). */
  hosted?: (company: Company) => string
  /** Sender name on the hosted address, when it is the product's rather than the company's. */
  hostedName?: string
  /** The product always sends from its own domain (respondent receipts of a form service). */
  hostedOnly?: boolean
  /** Helpdesks: 'email' can acknowledge mail the person sent; 'form' answers a web form only. */
  channel?: 'email' | 'form'
  /** Shape of {ticket} (# digit, @ capital, % lower-case letter or digit); default #####. */
  ticket?: string
  /** Shape of {code}; default ######. */
  code?: string
  /** The link in the mail; default https://<site>/confirm/<token>. */
  link?: (company: Company, token: string) => string
  texts: Record<Lang, readonly Wording[]>
}
