// The forty-first set's vocabulary: the alert kinds and positions of the cover stories, the wave
// shapes and payload kinds, the look-alike classes and placements, the personas, and the label
// with the extra fields its report breaks down by (all optional, so it is still a MailLabel).
import type { MailLabel } from '../types.ts'

export const ALERT_KINDS = [
  'signin',
  'password',
  'contact',
  'twofa',
  'recovery',
  'payee',
  'transfer',
  'otp',
  'card',
  'order',
  'giftcard',
  'sim',
  'forwarding',
] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

/** Where a cover-story mail sits against its wave. */
export const POSITIONS = ['before', 'first-minute', 'middle', 'end', 'after'] as const
export type Position = (typeof POSITIONS)[number]

export const SHAPES = ['burst', 'tail', 'slow', 'drip', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]

/** Payload kinds; the two fake-* kinds imitate the real alerts the wave is meant to bury. */
export const PAYLOAD_KINDS = [
  'takedown',
  'police',
  'court',
  'crypto',
  'giveaway',
  'fake-access',
  'fake-payment',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]
export const STYLES = ['plain', 'bold', 'fullwidth', 'cyrillic', 'zerowidth'] as const
export type Style = (typeof STYLES)[number]

export const LOOK_CLASSES = [
  'statement',
  'card-on-way',
  'bank-news',
  'security-review',
  'newsletter',
  'reply',
  'forward',
  'calendar',
  'shared-doc',
  'list-reply',
  'ticket-reply',
  'ticket-solved',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]
export const PLACEMENTS = ['quiet', 'wave-known', 'wave-new', 'history'] as const
export type Placement = (typeof PLACEMENTS)[number]

export const PERSONA_KINDS = ['shop-owner', 'crypto-holder', 'pensioner', 'traveller'] as const
export type PersonaKind = (typeof PERSONA_KINDS)[number]

/** How a cover-story sender row looks: the provider's domain, a known subdomain, a name only. */
export type SenderRow = 'domain' | 'subdomain' | 'display'

export interface FortyFirstLabel extends MailLabel {
  /** Cover-story mail: its alert kind, position, whether its provider has history here. */
  alert?: AlertKind
  position?: Position
  history?: 'with' | 'without'
  senderRow?: SenderRow
  /** Wave mail: the wave's shape, and whether the company is in a sector of the person's providers. */
  shape?: Shape
  sectorMatch?: boolean
  /** Look-alike mail: its class and where it sits. */
  lookClass?: LookClass
  placement?: Placement
  /** The persona whose mail this is; `selfSecurity` for security mail the person caused. */
  persona?: PersonaKind
  selfSecurity?: boolean
}
