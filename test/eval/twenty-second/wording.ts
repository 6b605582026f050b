// The shapes of a wave wording: a subject and a body with {slots} (company, name, ref, link,
// code, topic, email) filled per company; the four families; and a product's listing.
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Text {
  subject: string
  body: string
}

/** A hand-written wording in one language (pt marks pt-PT or pt-BR in its note). */
export interface Hand extends Text {
  lang: Lang
}

export interface Product {
  family: Family
  product: string
  /** How its mail is sent: the company's own domain, a hosted service, or a display name only. */
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, Text>
}

/** "subject | body" written on one line; the body's " // " are line breaks. */
export function t(line: string): Text {
  const cut = line.indexOf(' | ')
  const subject = cut < 0 ? line : line.slice(0, cut)
  const body = cut < 0 ? '' : line.slice(cut + 3)
  return { subject: subject.trim(), body: body.replace(/ \/\/ /gu, '\n').trim() }
}

export function hands(lang: Lang, lines: readonly string[]): Hand[] {
  return lines.map((line) => ({ lang, ...t(line) }))
}
