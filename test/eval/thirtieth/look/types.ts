// The fourteen look-alike classes of everyday mail the person wants, their labels, and how their
// texts are written: per language, at least three (subject, body) pairs with {slots} ({brand},
// {first} the person's first name, {amount}, {ref}, {code}, {day}, {time}, {link}, {other} a
// person's name, {subject} of the person's sent mail for the replies).
import type { LabelClass, Lang } from '../../types.ts'

export const LOOK_CLASSES = [
  'newsletter',
  'social',
  'auto-reply',
  'own-code',
  'ticket-reply',
  'shared',
  'booking',
  'notice',
  'app',
  'people',
  'receipt',
  'bank',
  'order',
  'travel',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]

export const LABEL_OF: Record<LookClass, LabelClass> = {
  newsletter: 'ham',
  social: 'ham',
  'auto-reply': 'ham',
  'own-code': 'own',
  'ticket-reply': 'ham',
  shared: 'ham',
  booking: 'ham',
  notice: 'ham',
  app: 'ham',
  people: 'ham',
  receipt: 'important',
  bank: 'important',
  order: 'important',
  travel: 'important',
}

export const IMPORTANT_CLASSES = LOOK_CLASSES.filter((c) => LABEL_OF[c] === 'important')
export const EVERYDAY_CLASSES = LOOK_CLASSES.filter((c) => LABEL_OF[c] !== 'important')

/** Classes whose mail answers one the person sent (the sent mail sits in the sent folder). */
export const ANSWERS: readonly LookClass[] = ['auto-reply', 'ticket-reply']

export type Pair = readonly [subject: string, body: string]
export type LookTexts = Record<Lang, readonly Pair[]>
