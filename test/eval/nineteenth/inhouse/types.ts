// A wave mail's wording with {slots}: {company}, {name} (what the attacker typed as a name),
// {echo} (what was typed as the subject), {ref}, {link}, {code}, {email}.
import type { Lang } from '../../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Wording {
  lang: Lang
  subject: string
  body: string
}

export type HandText = readonly [Lang, string, string]

export function wordings(list: readonly HandText[]): Wording[] {
  return list.map(([lang, subject, body]) => ({ lang, subject, body }))
}
