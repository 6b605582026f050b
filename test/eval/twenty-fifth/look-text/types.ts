// The shape of one language's look-alike texts: everyday mail the person wants, fourteen classes,
// three or more texts each. Slots: {brand}, {first} (the person), {other} (a contact), {code},
// {amount}, {n}, {date}, {time}, {link}, {subj} (the person's earlier subject), {ticket}, {place}.
export const LOOK_CLASS_NAMES = [
  'newsletter',
  'social',
  'auto-reply',
  'codes',
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
export type LookClassName = (typeof LOOK_CLASS_NAMES)[number]

export type Text = readonly [subject: string, body: string]

export interface LookLang {
  texts: Readonly<Record<LookClassName, readonly Text[]>>
  /** Subjects of mail the person sent (answered by an auto-reply or a ticket reply). */
  sent: readonly string[]
  /** The person's own account activity: a sign-up and a newsletter they asked for. */
  signup: readonly Text[]
  optin: readonly Text[]
  /** Subjects of threads with a colleague, and the person's short replies. */
  topics: readonly string[]
  sentLine: readonly string[]
}
