// The forty-second set's vocabulary: its wave shapes, small-attack sizes, own-burst kinds,
// personas, look-alike classes and the extra label fields its report breaks results down by.
import type { Lang, MailLabel } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export const SHAPES = ['burst', 'tail', 'slow', 'drip', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]

/** Companies per small attack: the sizes where an attack and a person's own burst overlap. */
export const SMALL_SIZES = [4, 5, 6, 7, 8, 10] as const

export const PAYLOAD_KINDS = ['takedown', 'police', 'crypto', 'giveaway', 'invoice'] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]
export const STYLES = ['plain', 'bold', 'fullwidth', 'cyrillic', 'zerowidth'] as const
export type Style = (typeof STYLES)[number]

/** How an attack reached the inbox: a full wave, a small one, or one cut into pieces. */
export type Attack = 'wave' | 'small' | 'pieces'
/** Why a small attack carries no payload: a probe of the address, or a cheap form-filling tool. */
export type SmallKind = 'payload' | 'probe' | 'tool'

export const BURST_KINDS = ['job', 'move', 'phone', 'student', 'shop'] as const
export type BurstKind = (typeof BURST_KINDS)[number]
/** Accounts per large own burst, as the brief sets them. */
export const BURST_SIZES: Record<BurstKind, readonly [number, number]> = {
  job: [6, 12],
  move: [5, 10],
  phone: [6, 10],
  student: [8, 12],
  shop: [6, 10],
}

export const PERSONA_KINDS = ['employee', 'family', 'student', 'shopowner'] as const
export type PersonaKind = (typeof PERSONA_KINDS)[number]
/** The large bursts each persona causes in its four weeks. */
export const PERSONA_BURSTS: Record<PersonaKind, readonly BurstKind[]> = {
  employee: ['job', 'phone'],
  family: ['move'],
  student: ['student', 'phone'],
  shopowner: ['shop'],
}

export const LOOK_CLASSES = [
  'newsletter',
  'reply',
  'list',
  'calendar',
  'document',
  'ticket-reply',
  'ticket-solved',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]
export const PLACEMENTS = ['quiet', 'wave-known', 'wave-new', 'history'] as const
export type Placement = (typeof PLACEMENTS)[number]

export const IMPORTANT_KINDS = [
  'receipt',
  'payment',
  'card',
  'signin',
  'password',
  'twofactor',
  'order',
  'delivery',
] as const
export type ImportantKind = (typeof IMPORTANT_KINDS)[number]

export interface FortySecondLabel extends MailLabel {
  attack?: Attack
  shape?: Shape
  /** Companies in the small attack (or in all pieces of a cut one). */
  smallSize?: number
  smallKind?: SmallKind
  /** A large own burst's kind, or `ordinary` for the 2-4 item ones. */
  burstKind?: BurstKind | 'ordinary'
  burstId?: string
  /** Accounts opened in the burst. */
  burstSize?: number
  lookClass?: LookClass
  placement?: Placement
  persona?: PersonaKind
  importantKind?: ImportantKind
  /** The important mail arrived inside a small attack (or a piece of a cut one). */
  insideSmall?: boolean
}

/** A text with {slot} holes: subject and body. */
export interface Wording {
  subject: string
  body: string
}

export type PerLang<T> = Record<Lang, T>
