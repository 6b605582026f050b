// The fourteen classes of everyday mail the person wants, which can look like a wave's, and
// their texts: subject and body with slots ({brand} {name} {who} {code} {num} {amount} {date}
// {time} {link} {place} {subj}).
import type { LabelClass } from '../../types.ts'

export const LOOK_CLASS_NAMES = [
  'newsletter',
  'social',
  'ooo',
  'own-code',
  'ticket-reply',
  'shared-doc',
  'appointment',
  'notice',
  'app-notice',
  'person',
  'receipt',
  'bank',
  'order',
  'travel',
] as const
export type LookClass = (typeof LOOK_CLASS_NAMES)[number]

export function labelOf(c: LookClass): LabelClass {
  if (c === 'own-code') return 'own'
  if (c === 'receipt' || c === 'bank' || c === 'order' || c === 'travel') return 'important'
  return 'ham'
}

export interface LookText {
  subject: string
  body: string
}

export interface LangLook {
  texts: Record<LookClass, readonly LookText[]>
  /** Subjects of mail the person sent (out-of-office and ticket replies answer these). */
  sent: readonly string[]
  /** The person's own text of such a mail. */
  sentBody: string
}

export const t = (subject: string, body: string): LookText => ({ subject, body })
