// Important mail in English from made-up services: card and bank alerts, payments, security
// notices, orders, deliveries, travel, tax, bills, insurance and a GP appointment. Written for
// the fifth set; phrasing deliberately varied.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_EN: readonly ImportantMail[] = [
  (rng) => ({
    from: 'Harbourline Bank <alerts@harbourlinebank.co.uk>',
    subject: 'You spent £' + amount(rng, 12, 380, 'dot') + ' with your debit card',
    body: `Card ending ${lastDigits(rng)} was used at ${rng.pick(['ALDI STORES', 'TRAINLINE', 'BOOTS 1184', 'SHELL KINGSWAY'])} at ${clock(rng)} today.\n\nIf you don't recognise this payment, freeze your card in the app straight away and call us on the number on the back of your card.`,
  }),
  (rng, p) => ({
    from: 'Pennyroyal <no-reply@pennyroyal.money>',
    subject: `${rng.pick(['Sam Whitlow', 'Priya Nandakumar', 'Connor Healy'])} sent you money`,
    body: `Hi ${p.first}, you've received £${amount(rng, 10, 250, 'dot')}. Reference: "${rng.pick(['pizza friday', 'gas bill share', 'concert tix'])}". It's already in your balance.`,
  }),
  (rng) => ({
    from: 'Harbourline Bank <alerts@harbourlinebank.co.uk>',
    subject: 'Payment to a new payee set up',
    body: `You've just paid £${amount(rng, 150, 1800, 'dot')} to a new payee, ${rng.pick(['K ARKWRIGHT', 'NORTHGATE LETTINGS', 'J OKONJO'])} (sort code ending ${rng.int(10, 99)}). Reference ${ref(rng, 'HB99999999')}.\n\nIf this wasn't you, call us immediately — we'll never ask you to move money to a safe account.`,
  }),
  (rng) => ({
    from: 'Quaywise Accounts <security@quaywise.com>',
    subject: 'New sign-in to your Quaywise account',
    body: `We noticed a new sign-in on ${rng.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])} near ${rng.pick(['Manchester, UK', 'Dublin, IE', 'Bristol, UK'])} at ${clock(rng)}.\n\nIf this was you, there's nothing to do. If not, secure your account now: https://account.quaywise.com/security`,
  }),
  () => ({
    from: 'Ledgerly <security@ledgerly.app>',
    subject: 'Your password was changed',
    body: "The password for your Ledgerly account was changed a few minutes ago. If you made this change, you can ignore this email. If you didn't, reset your password and review your recent activity right away.",
  }),
  () => ({
    from: 'Quaywise Accounts <security@quaywise.com>',
    subject: 'Two-step verification turned off',
    body: "Two-step verification was turned off for your Quaywise account. Your account is now protected by your password only. If you didn't do this, turn it back on in Security settings and change your password.",
  }),
  (rng) => ({
    from: 'Brindle & Moss <orders@brindleandmoss.co.uk>',
    subject: `Order ${ref(rng, 'BM-999999')} confirmed`,
    body: `Thanks for your order! We're getting it ready.\n\n1 × ${rng.pick(['Linen duvet cover, double', 'Walnut serving board', 'Wool throw, sage'])}\nTotal paid: £${amount(rng, 25, 220, 'dot')} (Visa ending ${lastDigits(rng)})\n\nWe'll email you again when it's on its way.`,
  }),
  (rng) => ({
    from: 'Swiftpost Parcels <tracking@swiftpost.co.uk>',
    subject:
      'Your parcel will be delivered today between ' +
      rng.pick(['10:15 and 11:15', '13:40 and 14:40', '16:05 and 17:05']),
    body: `Your driver ${rng.pick(['Dean', 'Ayesha', 'Marek'])} is on the way. Parcel ${ref(rng, 'SP9999999999GB')} from Brindle & Moss. Not in? Choose a safe place or a neighbour in the app.`,
  }),
  (rng) => ({
    from: 'Northern Rail Tickets <tickets@northernrailtickets.co.uk>',
    subject: `Your e-ticket: Leeds to London King's Cross, ${rng.pick(['Fri 13 Nov', 'Mon 16 Nov', 'Thu 19 Nov'])}`,
    body: `Booking reference ${ref(rng, 'AAA9A9AA')}. Out ${clock(rng)}, coach ${rng.pick(['C', 'D', 'F'])}, seat ${rng.int(11, 72)}. Total £${amount(rng, 38, 160, 'dot')}. Show the QR code in the attached PDF on board.`,
  }),
  (rng) => ({
    from: 'National Revenue Service <noreply@revenue-online.gov.example>',
    subject: 'You have a new message in your tax account',
    body: `A new document about your Self Assessment is available. Sign in to your online account to read it. Unique Taxpayer Reference ending ${rng.int(100, 999)}. We will never ask for bank details by email.`,
  }),
  (rng) => ({
    from: 'Fenwater Energy <bills@fenwater-energy.co.uk>',
    subject: 'Your November bill is ready',
    body: `Your latest bill is £${amount(rng, 60, 240, 'dot')} and will be collected by Direct Debit on ${rng.int(18, 28)} November. Account number ${ref(rng, '99999999')}.`,
  }),
  (rng) => ({
    from: 'Oakmere Insurance <policy@oakmere-insurance.co.uk>',
    subject: `Your car insurance renewal – policy ${ref(rng, 'OKM/999999')}`,
    body: `Your policy renews on 1 December. Your new annual premium is £${amount(rng, 380, 960, 'dot')}. If you're happy, you don't need to do anything; to make changes, call us or use your online account.`,
  }),
  (rng, p) => ({
    from: 'Kirkgate Medical Practice <appointments@kirkgatemedical.nhs.example>',
    subject: 'Appointment confirmed',
    body: `Dear ${p.first} ${p.last}, your appointment with Dr ${rng.pick(['Adeyemi', 'Hartley', 'Sandhu'])} is confirmed for ${rng.pick(['Tuesday', 'Wednesday', 'Friday'])} at ${clock(rng)}. Please arrive 10 minutes early. To cancel, reply CANCEL or call the surgery.`,
  }),
]
