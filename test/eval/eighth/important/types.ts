// An important notice: receipts, payments, card alerts, security and 2FA changes, orders and
// deliveries, from made-up services' own senders. {amount}, {ref} and {code} are filled in.
export type ImportantKind =
  | 'receipt'
  | 'payment-sent'
  | 'payment-received'
  | 'card-alert'
  | 'security-alert'
  | 'two-factor'
  | 'order'
  | 'delivery'

export type ImportantNotice = readonly [
  kind: ImportantKind,
  from: string,
  subject: string,
  body: string,
]
