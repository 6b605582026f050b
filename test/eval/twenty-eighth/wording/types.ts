// A company's own wording of a wave mail (hand-written for this set), with its region and register.
import type { Lang } from '../../types.ts'
import type { Family } from '../products/types.ts'

export interface Wording {
  family: Family
  lang: Lang
  region: string
  formal: boolean
  subject: string
  body: string
  /** Webinar, event or trial sign-up (used in the mixed waves). */
  event?: boolean
}

export const w =
  (family: Family, event = false) =>
  (lang: Lang, region: string, formal: boolean, subject: string, body: string): Wording => ({
    family,
    lang,
    region,
    formal,
    subject,
    body,
    ...(event ? { event } : {}),
  })
