// English important mail, in the wording these services use in their own notices
// (reconstructions from the mails' usual shape, not copies of any one mail).
import type { ImportantMail } from './types.ts'

export const importantEn: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'Spotify <no-reply@spotify.com>',
    subject: 'Your Spotify Premium receipt',
    body: 'Thanks for your payment. Premium Individual, {amount}, charged to Visa ending in 4421.',
  },
  {
    type: 'subscription-receipt',
    from: 'Netflix <info@account.netflix.com>',
    subject: 'Your payment was processed',
    body: 'We processed your monthly payment of {amount}. Your membership will continue uninterrupted.',
  },
  {
    type: 'ride-receipt',
    from: 'Uber Receipts <noreply@uber.com>',
    subject: 'Your Thursday evening trip with Uber',
    body: 'Thanks for riding, Alex. Total {amount}. Trip fare, booking fee. Pickup 21:14, drop-off 21:37.',
  },
  {
    type: 'card-alert',
    from: 'Chase <no.reply.alerts@chase.com>',
    subject: 'Your debit card transaction of {amount} was approved',
    body: 'A {amount} debit card transaction to {merchant} was approved on your account ending in 7781.',
  },
  {
    type: 'payment-sent',
    from: 'PayPal <service@paypal.com>',
    subject: 'You sent a payment of {amount} to {merchant}',
    body: 'You sent {amount} to {merchant}. Transaction ID 8TK44517XB3310912. It may take a few moments for this transaction to appear in your account.',
  },
  {
    type: 'payment-received',
    from: 'PayPal <service@paypal.com>',
    subject: "You've got money",
    body: 'Jordan Lee sent you {amount}. The money is now in your PayPal balance.',
  },
  {
    type: 'security-alert',
    from: 'Google <no-reply@accounts.google.com>',
    subject: 'Security alert',
    body: "A new sign-in on {device}. We noticed a new sign-in to your Google Account on a {device} device. If this was you, you don't need to do anything.",
  },
  {
    type: 'two-factor',
    from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
    subject: 'Two-step verification turned off',
    body: "Two-step verification was turned off for the Microsoft account al**@example.com. If you didn't do this, your account may be compromised.",
  },
  {
    type: 'password-changed',
    from: 'Apple <no_reply@email.apple.com>',
    subject: 'Your Apple Account password has been reset',
    body: 'The password for your Apple Account was reset on {device}. If you did not make this change, reset your password now.',
  },
  {
    type: 'order',
    from: 'Amazon.com <auto-confirm@amazon.com>',
    subject: 'Your Amazon.com order #{order}',
    body: 'Thanks for your order, Alex. Arriving Friday. Order total {amount}.',
  },
  {
    type: 'delivery',
    from: 'UPS <mcinfo@ups.com>',
    subject: 'UPS Update: Package Scheduled for Delivery Today',
    body: 'Your package is scheduled for delivery today between 10:30 AM and 2:30 PM. Tracking number 1Z999AA10123456784.',
  },
]
