// The fortieth set's own vocabulary: families as the shared report counts them, the extra
// facts a label carries for this set's breakdowns (campaign wave, reuse, trail kind and delay,
// placement, persona), and the text shape every wording file fills.
import type { Lang, MailLabel } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

/** A subject and a body with {slots}: company, ref, message, name, link, code. */
export interface Wording {
  subject: string
  body: string
}

export type PerLang<T> = Record<Lang, T>

export const TRAIL_KINDS = [
  'waiting',
  'solved',
  'survey',
  'auto-closed',
  'unconfirmed',
  'last-chance',
  'deleted',
  'confirm-reminder',
  'welcome',
  'promo',
] as const
export type TrailKind = (typeof TRAIL_KINDS)[number]

export const DELAYS = ['same-day', '1-3 days', '4+ days'] as const
export type Delay = (typeof DELAYS)[number]

export const SHAPES = ['burst', 'tail', 'slow', 'drip', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]

export const PLACES = [
  'quiet',
  'wave-known',
  'wave-new',
  'history',
  'campaign-day',
  'sent',
] as const
export type Place = (typeof PLACES)[number]

/**
 * The shared label plus this set's facts. The report reads them back from the same objects
 * (run-set passes the scenario's label objects through), so the shared contract is unchanged.
 */
export interface FortiethLabel extends MailLabel {
  /** 1 for a campaign's first wave, 2, 3 ... for the later ones. */
  waveNo?: number
  /** The company took part in an earlier wave of the same campaign. */
  seen?: boolean
  shape?: Shape
  trail?: TrailKind
  delay?: Delay
  place?: Place
  lookClass?: string
  persona?: string
  /** Own mail: the first mail of a burst or a later follow-up. */
  ownStep?: 'burst' | 'follow-up'
}
