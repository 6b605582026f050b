// The shape of one product's wording: its default texts per language, with placeholders filled
// in by render.ts: {company} {name} {subject} {ticket} {code} {token} {site} {email}.
import type { Lang } from '../../types.ts'

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
  /** Ticket or case number shape: `#` a digit, `@` a capital letter. */
  ticket?: string
  /** The product's hosted sender, `{slug}` being the company's short name. */
  hosted?: string
  /** Display name pattern; `{company}` alone when absent. */
  fromName?: string
  texts: Partial<Record<Lang, readonly Wording[]>>
}

export const w = (subject: string, body: string): Wording => ({ subject, body })
