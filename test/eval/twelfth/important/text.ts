// One important notice: what a real service sends that must be pinned, never called relay.
export interface ImportantText {
  kind:
    | 'receipt'
    | 'payment-sent'
    | 'payment-received'
    | 'card'
    | 'security'
    | '2fa'
    | 'order'
    | 'delivery'
  from: string
  subject: (n: Fill) => string
  body: (n: Fill) => string
}

export interface Fill {
  amount: string
  ref: string
  last4: string
}
