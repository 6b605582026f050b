// Important mail a wave may be meant to bury: receipts, payments, card and bank alerts, security
// and 2FA changes, orders and deliveries, each from the service's own sender (not a helpdesk).
// Placeholders: {amount}, {merchant}, {order}, {device}.
export type ImportantType =
  | 'subscription-receipt'
  | 'ride-receipt'
  | 'card-alert'
  | 'payment-sent'
  | 'payment-received'
  | 'security-alert'
  | 'two-factor'
  | 'password-changed'
  | 'order'
  | 'delivery'

export interface ImportantMail {
  type: ImportantType
  from: string
  subject: string
  body: string
}
