// What a wording file describes: one real product's default mail in seven languages, where the
// product puts the user's input (`echo`), and how its sender rows look.
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

/**
 * Where the product repeats what was typed into the form: the subject / title, a free-text
 * message echoed in the body, the name field in the greeting, or nowhere.
 */
export type Echo = 'subject' | 'message' | 'name' | 'none'

/** Everything a wording may fill in. */
export interface Fill {
  /** The company or site as it names itself. */
  company: string
  domain: string
  /** The greeting name: the attacker's text when the product echoes the name field. */
  name: string
  /** The subject or message typed into the form (the attacker's text in a wave). */
  field: string
  /** The address typed into the form: the victim's. */
  email: string
  /** A ticket, entry or submission number. */
  ref: string
  /** A six-digit one-time code. */
  code: string
  /** A random token for links. */
  token: string
}

export interface MailText {
  subject: string
  body: string
}

export type Render = (f: Fill) => MailText

export interface Product {
  product: string
  family: Family
  /** The real default text or documentation the wording follows. */
  source: string
  echo: Echo
  /** The product's hosted sender or tenant for a company, as a From line; null when none. */
  hosted: ((c: Company) => string) | null
  /** Local parts and subdomains the company's own sender uses with this product. */
  locals: readonly string[]
  subdomains: readonly string[]
  texts: Record<Lang, Render>
}
