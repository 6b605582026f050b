// A product whose default mail the set imitates: its family, where it repeats what the attacker
// typed (`echo`), its usual senders, and its subject and body in each of the seven languages.
// Placeholders in the texts: {co} company, {name} name typed into the form, {subj} subject typed,
// {msg} message typed, {n} ticket or case number, {code} one-time code, {url} link, {email} the
// victim's address, {domain} the company's domain, {list} a list name.
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

/** Where typed input comes back: the ticket subject, the name field, or nowhere. */
export type Echo = 'subject' | 'name' | 'none'

export interface Wording {
  subject: string
  body: string
}

export interface Product {
  product: string
  family: Family
  /** Which documented default (or "reconstruction") the texts follow. */
  source: string
  echo: Echo
  /** Sender rows on the company's own domain; {co} and {domain} are filled in. */
  own: readonly string[]
  /** The product's hosted sender for the company, when it has one. */
  hosted?: (c: Company) => string
  texts: Record<Lang, Wording>
}

export type Values = Record<string, string>

export function fill(text: string, values: Values): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}
