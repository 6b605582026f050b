// Everyday look-alike mail: the fourteen classes of the brief (plus care notices, which are
// important too), with their labels. Slots: {b} brand, {n} the person's first name, {who} a
// person writing, {amt} amount, {ref} reference, {code}, {link}, {date}, {time}, {subj} the
// subject of the person's own earlier mail.
import type { LabelClass, Lang } from '../../types.ts'

export const BRIEF_CLASSES = [
  'newsletter',
  'social',
  'auto-reply',
  'own-code',
  'ticket-reply',
  'shared',
  'appointment',
  'notice',
  'app-notice',
  'people',
  'receipt',
  'bank',
  'order',
  'travel',
] as const
export const LOOK_CLASS_NAMES = [...BRIEF_CLASSES, 'care'] as const
export type LookClass = (typeof LOOK_CLASS_NAMES)[number]

export type LookText = readonly [subject: string, body: string]
export type LangTexts = Record<LookClass, readonly LookText[]>

const IMPORTANT: readonly LookClass[] = ['receipt', 'bank', 'order', 'travel', 'care']

export function labelOf(c: LookClass): LabelClass {
  if (IMPORTANT.includes(c)) return 'important'
  return c === 'own-code' ? 'own' : 'ham'
}

export const IMPORTANT_CLASSES = IMPORTANT
export const EVERYDAY_CLASSES: readonly LookClass[] = LOOK_CLASS_NAMES.filter(
  (c) => !IMPORTANT.includes(c),
)

/** Subjects the person sent earlier (auto-replies and ticket replies answer them). */
export type SentSubjects = Record<Lang, readonly string[]>
