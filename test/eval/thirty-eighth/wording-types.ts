// Wave wordings: the variants of this set (helpdesk acknowledgements, in-house enquiry forms of
// estate agents, insurers, car dealers, schools and towns, quote / brochure / catalogue requests,
// account sign-ups, newsletter double opt-ins, password resets), their families and sources.
import type { Lang, WaveKind } from '../types.ts'

export const VARIANTS = ['ticket', 'enquiry', 'quote', 'signup', 'optin', 'reset'] as const
export type Variant = (typeof VARIANTS)[number]

export const FAMILY_OF: Record<Variant, string> = {
  ticket: 'helpdesk',
  enquiry: 'helpdesk',
  quote: 'helpdesk',
  signup: 'verification',
  optin: 'subscription',
  reset: 'reset',
}
export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const

export const VARIANTS_OF: Record<WaveKind, readonly Variant[]> = {
  'a-acknowledgement': ['ticket', 'enquiry', 'quote'],
  'b-verification': ['signup'],
  'c-subscription': ['optin'],
  'd-reset': ['reset'],
  'e-mixed': VARIANTS,
}

/** 'subject|body' with {company} {name} {payload} {ref} {link} {code} {address} slots. */
export type Texts = Record<Lang, string>

export const SOURCES = ['product', 'handwritten', 'composed'] as const
export type WordingSource = (typeof SOURCES)[number]
