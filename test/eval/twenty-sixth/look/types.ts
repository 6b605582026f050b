// The fourteen classes of everyday mail the person wants, with the label each carries, and the
// shape of one language's texts. Slots: {brand} {name} {code} {n} {link} {when} {colleague} {sent}.
export const LOOK_CLASS_NAMES = [
  'newsletter',
  'social',
  'autoreply',
  'code',
  'ticket-reply',
  'shared',
  'appointment',
  'notice',
  'app',
  'person',
  'receipt',
  'bank',
  'order',
  'travel',
] as const
export type LookClass = (typeof LOOK_CLASS_NAMES)[number]

export const LOOK_LABEL: Record<LookClass, 'ham' | 'own' | 'important'> = {
  newsletter: 'ham',
  social: 'ham',
  autoreply: 'ham',
  code: 'own',
  'ticket-reply': 'ham',
  shared: 'ham',
  appointment: 'ham',
  notice: 'ham',
  app: 'ham',
  person: 'ham',
  receipt: 'important',
  bank: 'important',
  order: 'important',
  travel: 'important',
}

export type Pair = readonly [subject: string, body: string]

export interface LangTexts {
  texts: Record<LookClass, readonly Pair[]>
  /** Subjects of mail the person sent (answered by auto-replies and ticket replies). */
  sent: readonly string[]
}
