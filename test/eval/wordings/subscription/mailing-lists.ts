// GNU Mailman 2 and 3 and listmonk (open source): the subscription confirmation each sends
// (Mailman 2 "confirm <cookie>" with "Mailing list subscription confirmation notice", Mailman 3
// "Your confirmation is needed to join the … mailing list", listmonk "Confirm subscription").
import type { Product } from '../types.ts'

export const mailingLists: Product = {
  family: 'subscription',
  product: 'Mailman/listmonk',
  source:
    'GNU Mailman templates/en/verify.txt, Mailman 3 list:user:action:subscribe; listmonk static/email-templates/subscriber-optin',
  senders: [
    { shape: 'own', local: 'announce-request', name: '{company} announce list' },
    { shape: 'own', local: 'listmonk', name: '{company}' },
  ],
  id: (n) => (n * 2_654_435_761).toString(16).slice(0, 12),
  texts: {
    en: [
      {
        subject: 'confirm {id}',
        body: 'Mailing list subscription confirmation notice for mailing list Announce\n\nWe have received a request for subscription of your email address, "{email}", to the announce@{company} mailing list. To confirm that you want to be added to this mailing list, simply reply to this message, keeping the Subject: header intact.',
      },
      {
        subject: 'Your confirmation is needed to join the {company} announce mailing list.',
        body: 'Email Address Registration Confirmation\n\nHello, this is the GNU Mailman server.\n\nWe have received a registration request for the email address {email}\n\nBefore you can start using GNU Mailman at this site, you must first confirm that this is your email address.',
      },
      {
        subject: 'Confirm subscription',
        body: 'Confirm subscription\n\nConfirm your subscription to the following mailing list(s).\n\n{company} updates\n\nConfirm subscription',
      },
    ],
  },
}
