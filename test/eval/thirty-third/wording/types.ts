// Company-own wordings: 'subject || body' with {company}, {name} (where the form's name or
// subject field is echoed, so the payload lands there), {ref}, {link} and {code}. `submit` is
// the 2026 helpdesk habit of asking the sender to verify their address before a request counts.
import type { AnyLang } from '../langs.ts'
import type { Family } from '../products/types.ts'

export type Form = Family | 'submit'
export const FORMS: readonly Form[] = [
  'helpdesk',
  'verification',
  'subscription',
  'reset',
  'submit',
]

export type HandTexts = Record<Form, readonly string[]>
export type HandByLang = Partial<Record<AnyLang, HandTexts>>
