// Important mail the person must see even inside a wave: receipts, payments, card and bank
// alerts, security notices, 2FA changes, orders and deliveries. Reconstructions of the usual
// notices of such services, from made-up but real-looking senders (no real brand).
import type { Lang } from '../../types.ts'

export const IMPORTANT_KINDS = [
  'receipt',
  'payment-sent',
  'payment-received',
  'card-alert',
  'security',
  'twofa',
  'order',
  'delivery',
] as const
export type ImportantKind = (typeof IMPORTANT_KINDS)[number]

export interface ImportantText {
  kind: ImportantKind
  from: string
  subject: string
  body: string
}

export type ImportantTable = Partial<Record<Lang, readonly ImportantText[]>>
