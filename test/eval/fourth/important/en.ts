// Important mail in English, written for the fourth set (made-up services, varied phrasing).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_EN: readonly ImportantMail[] = [
  {
    from: 'Northgate Bank <alerts@northgatebank.co.uk>',
    subject: 'Payment of £52.10 to Harbour Lane Dental',
    body: 'Hi {name},\n\nA payment of £52.10 to Harbour Lane Dental left your current account ending 4471 today at 10:42.\n\nIf you didn’t make this payment, call us on the number on the back of your card.\n\nNorthgate Bank',
  },
  {
    from: 'Ridely <receipts@ridely.app>',
    subject: 'Your Thursday evening trip with Ridely',
    body: 'Thanks for riding, {name}.\n\nTotal £14.80\nCastle Street → Kings Road, 6.2 km, 18 min\nPaid with Visa •••• 0932\n\nTrip ID {ref}. Rate your driver in the app.',
  },
  {
    from: 'Ledgerly <security@ledgerly.io>',
    subject: 'New sign-in to your Ledgerly account',
    body: 'We noticed a new sign-in to your Ledgerly account.\n\nDevice: Chrome on Windows\nLocation: near Leeds, United Kingdom\n\nIf this was you, there’s nothing to do. If not, reset your password and review your active sessions straight away.',
  },
  {
    from: 'Fernway <no-reply@fernway.com>',
    subject: 'The password for your Fernway account was changed',
    body: 'Hello {name},\n\nThe password for your Fernway account was changed today at 14:03 (UK time).\n\nIf you made this change, you can ignore this email. If you didn’t, contact us immediately so we can lock the account.',
  },
  {
    from: 'Hollis Card Services <cards@hollis-bank.com>',
    subject: 'Card alert: £95.00 declined at FUELSTOP 221',
    body: 'We declined a £95.00 transaction at FUELSTOP 221 on your debit card ending 3310 because it looked unusual.\n\nWas this you? Reply YES or NO in the Hollis app. Until then the card stays blocked for online payments.',
  },
  {
    from: 'Paywise <service@paywise.com>',
    subject: 'You received £240.00 from Priya Nair',
    body: 'Priya Nair sent you £240.00.\n\nNote: "Cottage deposit, thanks!"\nTransaction ID: {ref}\n\nThe money is already in your Paywise balance.',
  },
  {
    from: 'Skyline Air <bookings@skylineair.com>',
    subject: 'Booking confirmed: Manchester → Lisbon, 3 October',
    body: 'Dear {name},\n\nYour booking is confirmed. Booking reference: {ref}\n\nSK 418  Sat 3 Oct  MAN 06:55 → LIS 09:50\nSK 419  Sat 10 Oct  LIS 10:45 → MAN 13:35\n\nOnline check-in opens 30 hours before departure.',
  },
  {
    from: 'Parcelhop <tracking@parcelhop.co.uk>',
    subject: 'Arriving today between 11:05 and 12:05',
    body: 'Good news {name}, your parcel from Oakridge Home is out for delivery.\n\nExpected 11:05–12:05. Tracking number {ref}.\n\nNot going to be in? Choose a safe place in the app.',
  },
  {
    from: 'Fairhaven Borough Council <counciltax@fairhaven.gov.uk>',
    subject: 'Council Tax: instalment of £148.00 due on 1 October',
    body: 'Account reference {ref}\n\nYour next Council Tax instalment of £148.00 will be collected by Direct Debit on or after 1 October.\n\nYou can view your bill and payment plan in your online account.',
  },
  {
    from: 'Brightwatt Energy <bills@brightwatt.co.uk>',
    subject: 'Your September electricity bill is ready – £87.34',
    body: 'Hi {name},\n\nYour bill for 1–30 September is ready: £87.34.\nWe’ll take it by Direct Debit on 14 October.\n\nAccount number {ref}',
  },
  {
    from: 'Stackwood Books <orders@stackwoodbooks.com>',
    subject: 'We’ve got your order (#SW-{ref})',
    body: 'Thanks, {name}! We’re packing your order now.\n\n1 × The Salt Road (hardback)  £18.99\n1 × Pocket Atlas of Birds  £9.50\nDelivery  £0.00\nTotal  £28.49\n\nWe’ll email you again when it ships.',
  },
  {
    from: 'StreamBox <billing@streambox.tv>',
    subject: 'Receipt: StreamBox Premium Family, £17.99',
    body: 'Payment received – thank you.\n\nPlan: Premium Family (monthly)\nAmount: £17.99\nCard: Mastercard •••• 7781\nNext billing date: 12 October\n\nInvoice {ref}',
  },
  {
    from: 'Revenue Online Service <noreply@revenue-online.gov.uk>',
    subject: 'We have received your Self Assessment tax return',
    body: 'Dear {name},\n\nThank you. We received your 2025–26 Self Assessment tax return on time. Submission reference {ref}.\n\nYou can see your calculation by signing in to your online account.',
  },
  {
    from: 'Ledgerly <security@ledgerly.io>',
    subject: 'Two-step verification was turned off',
    body: 'Two-step verification was just turned off for your Ledgerly account.\n\nYour account is now protected by your password only. If you didn’t do this, turn it back on and change your password.',
  },
]
