// The everyday mail that looks like a wave's (look-alikes): its classes, the label each carries,
// and the kind of brand that sends it. Texts live per language (en.ts ... nl.ts): the first line
// is the subject, {slots} are filled per mail.
import type { LabelClass } from '../../types.ts'

export const LOOK_CLASSES = [
  'newsletter',
  'marketplace',
  'price-alert',
  'wishlist',
  'loyalty',
  'app-notice',
  'person',
  'list-reply',
  'ticket-reply',
  'order',
  'shipping',
  'delivery',
  'refund',
  'card',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]

/** Receipts, orders, deliveries, refunds and card alerts must be pinned; the rest is ham. */
export const IMPORTANT_CLASSES: readonly LookClass[] = [
  'order',
  'shipping',
  'delivery',
  'refund',
  'card',
]

export function labelOf(cls: LookClass): LabelClass {
  return IMPORTANT_CLASSES.includes(cls) ? 'important' : 'ham'
}

/** Two texts per class, and the person's first mail of a ticket (`ticket-sent`). */
export type LookTexts = Record<LookClass | 'ticket-sent', readonly string[]>
