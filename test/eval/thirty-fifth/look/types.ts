// The fourteen classes of everyday look-alike mail, their labels, and the text shape: a subject
// and body with slots {brand}, {name}, {n}, {amount}, {date}, {time}, {code}, {topic} (a subject
// the person wrote), {ref}, {who} (a person writing), {place}.
export const LOOK_CLASSES = [
  'newsletter',
  'social',
  'auto-reply',
  'own-code',
  'ticket-reply',
  'shared-doc',
  'appointment',
  'notice',
  'app-notice',
  'people',
  'receipt',
  'bank-alert',
  'order',
  'travel',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]

export const IMPORTANT_CLASSES: readonly LookClass[] = ['receipt', 'bank-alert', 'order', 'travel']
export const EVERYDAY_CLASSES: readonly LookClass[] = LOOK_CLASSES.filter(
  (c) => !IMPORTANT_CLASSES.includes(c),
)

export function lookLabelClass(c: LookClass): 'important' | 'own' | 'ham' {
  if (IMPORTANT_CLASSES.includes(c)) return 'important'
  return c === 'own-code' ? 'own' : 'ham'
}

export type LookText = [subject: string, body: string]
export type LookTexts = Record<LookClass, readonly LookText[]>
