// A company's own wording (hand-written for this set): same slots as the product texts.
import type { Lang } from '../../types.ts'
import type { Family } from '../products/types.ts'

export interface Hand {
  family: Family
  lang: Lang
  subject: string
  body: string
  /** Zendesk's 2026 behaviour: the requester must verify the address before the request counts. */
  verifyToSubmit?: boolean
}

export const hand =
  (family: Family) =>
  (lang: Lang, subject: string, body: string, verifyToSubmit = false): Hand => ({
    family,
    lang,
    subject,
    body,
    verifyToSubmit,
  })
