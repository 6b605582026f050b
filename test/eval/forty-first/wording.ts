// The shape of every text of this set: a subject and a body with {slots} (company, name,
// message, ref, link, code, amount ...) filled when a mail is written, per language.
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

/** [subject, body]: tuples keep the many short texts readable side by side. */
export type Text = readonly [string, string]
export type ByLang = Record<Lang, Text>
