// The shape of an important mail (receipts, payments, card and bank alerts, security notices,
// orders and deliveries, bookings, tax and utility bills). {name} and {last} are the person’s names,
// {ref} a reference filled per mail. Senders and services are made up.
export interface ImportantMail {
  from: string
  subject: string
  body: string
}
