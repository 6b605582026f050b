// An important notice: what kind it is, who sends it and its text ({amount}, {ref}, {card},
// {device}, {shop}, {date} filled in).
export const IMPORTANT_KINDS = [
  'receipt',
  'payment-sent',
  'payment-received',
  'card-alert',
  'security-alert',
  'password-changed',
  '2fa-change',
  'order',
  'delivery',
] as const
export type ImportantKind = (typeof IMPORTANT_KINDS)[number]

export interface ImportantText {
  subject: string
  body: string
}
