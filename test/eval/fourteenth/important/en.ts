// English important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_EN: readonly NoticeMaker[] = [
  (r) => ({
    from: 'Pennywhistle Pay <receipts@pennywhistlepay.com>',
    subject: `Your receipt from Corbel Coffee Roasters`,
    body: `Receipt #${digits(r, 4)}-${digits(r, 4)}\nAmount paid: £${amount(r).replace(',', '.')}\nPaid with Visa ending ${digits(r, 4)}\n\nQuestions? Contact Corbel Coffee Roasters.`,
  }),
  (r) => ({
    from: 'Lindenmere Bank <alerts@lindenmerebank.co.uk>',
    subject: `Card transaction alert`,
    body: `A payment of £${amount(r).replace(',', '.')} was made with your debit card ending ${digits(r, 4)} at ONLINE MARKETPLACE. If you don't recognise this, call us now on the number on the back of your card.`,
  }),
  () => ({
    from: 'Tallyroom <security@tallyroom.io>',
    subject: `Your password was changed`,
    body: `The password for your Tallyroom account was changed just now from Firefox on Windows. If this was you, no action is needed. If not, secure your account immediately: https://tallyroom.io/security`,
  }),
  (r) => ({
    from: 'Tallyroom <security@tallyroom.io>',
    subject: `Two-step verification turned off`,
    body: `Two-step verification was turned off for your account at ${r.int(10, 23)}:${r.int(10, 59)} UTC. If you didn't do this, turn it back on and change your password.`,
  }),
  (r) => ({
    from: 'Bramblecart <orders@bramblecart.com>',
    subject: `Order confirmed #BC${digits(r, 7)}`,
    body: `Thanks for your order! 1 x Linen duvet cover, 1 x Pillowcase set. Total £${amount(r).replace(',', '.')}. We'll email you when it ships.`,
  }),
  (r) => ({
    from: 'Swiftwing Parcels <tracking@swiftwingparcels.co.uk>',
    subject: `Your parcel is out for delivery`,
    body: `Parcel SW${digits(r, 10)} will arrive today between 13:00 and 15:00. Track it: https://swiftwingparcels.co.uk/t/${digits(r, 10)}`,
  }),
  (r) => ({
    from: 'Pennywhistle Pay <service@pennywhistlepay.com>',
    subject: `You received a payment`,
    body: `Marta Ellery sent you £${amount(r).replace(',', '.')}. Note: "concert tickets". The money is in your balance.`,
  }),
]
