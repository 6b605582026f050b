// Dutch important mail (reconstructions of the services' usual notices).
import type { ImportantMail } from './types.ts'

export const importantNl: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'Videoland <noreply@videoland.com>',
    subject: 'Je betaling voor Videoland',
    body: 'We hebben {amount} afgeschreven voor je maandabonnement.',
  },
  {
    type: 'ride-receipt',
    from: 'Bolt <receipts@bolt.eu>',
    subject: 'Je Bolt-rit op donderdagavond',
    body: 'Bedankt voor je rit met Bolt. Totaal {amount}.',
  },
  {
    type: 'card-alert',
    from: 'ING <noreply@ing.nl>',
    subject: 'Betaling met je pas: {amount}',
    body: 'Er is {amount} betaald bij {merchant} met je betaalpas eindigend op 4421.',
  },
  {
    type: 'payment-sent',
    from: 'Tikkie <noreply@tikkie.me>',
    subject: 'Je hebt {amount} betaald aan {merchant}',
    body: 'Je Tikkie-betaling van {amount} aan {merchant} is gelukt.',
  },
  {
    type: 'payment-received',
    from: 'bunq <noreply@bunq.com>',
    subject: 'Je hebt {amount} ontvangen',
    body: 'Sanne heeft je {amount} gestuurd.',
  },
  {
    type: 'security-alert',
    from: 'DigiD <noreply@digid.nl>',
    subject: 'Er is ingelogd met uw DigiD',
    body: 'Er is zojuist ingelogd met uw DigiD vanaf {device}. Was u dit niet? Neem contact op met DigiD.',
  },
  {
    type: 'order',
    from: 'bol <noreply@bol.com>',
    subject: 'Bedankt voor je bestelling {order}',
    body: 'We hebben je bestelling van {amount} ontvangen. Morgen in huis.',
  },
  {
    type: 'delivery',
    from: 'PostNL <noreply@postnl.nl>',
    subject: 'Je pakket wordt vandaag bezorgd',
    body: 'Je pakket 3SABCD1234567 wordt vandaag tussen 14:15 en 16:45 bezorgd.',
  },
]
