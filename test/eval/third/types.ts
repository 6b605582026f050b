// The shape of one product's default wording in the third set: texts per language, placeholders
// filled by render.ts: {company} {name} {subject} {ticket} {code} {token} {site} {slug} {email}.
import type { Lang } from '../types.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface Wording {
  subject: string
  body: string
}

export interface Product {
  product: string
  family: Family
  /** Where the real default text can be checked. */
  source: string
  /** Ticket number shape: `#` a digit, `@` a capital letter, anything else kept. */
  ticket?: string
  /** Hosted sender address, `{slug}` being the company's short name. */
  hosted?: string
  /** Local parts used on the company's own domain. */
  locals?: readonly string[]
  /** Display-name pattern; `{company}` when absent. */
  fromName?: string
  texts: Partial<Record<Lang, readonly Wording[]>>
}

export const w = (subject: string, body: string): Wording => ({ subject, body })
