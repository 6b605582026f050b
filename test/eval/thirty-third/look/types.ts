// The fourteen look-alike classes (everyday mail the person wants) and how each is labelled.
// Texts are 'subject || body' with {brand}, {first}, {n}, {code}, {amount}, {date}, {time},
// {ref}, {city}, {orig} (the subject of the person's earlier sent mail) and {from} slots.
import type { LabelClass } from '../../types.ts'

export const LOOK_CLASSES = [
  'newsletter',
  'social',
  'ooo',
  'code',
  'ticket',
  'shared',
  'booking',
  'notice',
  'app',
  'person',
  'receipt',
  'bank',
  'order',
  'travel',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]

export function labelOf(c: LookClass): LabelClass {
  if (c === 'code') return 'own'
  return ['receipt', 'bank', 'order', 'travel'].includes(c) ? 'important' : 'ham'
}

/** Classes answering a mail the person sent earlier (the sent mail sits in the sent folder). */
export const ANSWERS: readonly LookClass[] = ['ooo', 'ticket', 'person']

export type LookTexts = Record<LookClass, readonly string[]>

/** What a third of the snippets begin with: preheader, alt text, browser link, logo, menu. */
export const OPENERS = [
  'View in browser',
  '[{brand} logo]',
  'Image: {brand}',
  '{brand} | Shop | Account | Help',
  'Having trouble reading this email?',
  '{brand}',
]
