// A wording a company's automated mail is written from: subject and body with {slots}
// ({name} what was typed as the name, {topic} the typed subject, {company}, {ref}, {link},
// {code}, {email}).
import type { Lang } from '../../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Wording {
  lang: Lang
  subject: string
  body: string
}

/** A follow-up the same company sends minutes later (reminder, second notice). */
export interface FollowUp {
  subject: string
  body: string
}
