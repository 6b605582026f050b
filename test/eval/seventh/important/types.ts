// An important notice: sender row, subject and body. Made-up services with their own senders;
// the kinds are those a person must not lose in a wave (receipts, money in and out, card and
// bank alerts, sign-in and password / two-step changes, orders and deliveries).
export type ImportantKind =
  | 'receipt'
  | 'payment-received'
  | 'payment-sent'
  | 'card-alert'
  | 'security-alert'
  | 'password-changed'
  | 'two-step'
  | 'order'
  | 'delivery'

export interface Notice {
  kind: ImportantKind
  from: string
  subject: string
  body: string
}

export const notice = (
  kind: ImportantKind,
  from: string,
  subject: string,
  body: string,
): Notice => ({
  kind,
  from,
  subject,
  body,
})
