// Support tickets the person genuinely opened, over several days: her mail (sent folder), the
// acknowledgement, the agent's replies, her answer and the "solved" notice. One in English with a
// photo service, one in French with a shop. Written for this set; companies and agents made up.
import type { Random } from '../../prng.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { between, type Everyday } from './everyday.ts'

const ME = 'Imogen Blackwood <imogen.blackwood@mailbox.example>'

export function ticketThreads(rng: Random): Everyday[] {
  const source = 'support ticket the person opened'
  const helpdesk = 'Pinecrest Photos Support <support@pinecrestphotos.com>'
  const subject = 'Charged twice for my annual plan'
  const opened = between(rng, 7, 10, 11)
  const shop = 'Service client Maison Perle <sav@maisonperle.fr>'
  const frSubject = 'Commande MP-20931 incomplète'
  const frOpened = between(rng, 14, 13, 15)
  return [
    {
      at: opened,
      from: ME,
      to: 'support@pinecrestphotos.com',
      folder: 'sent',
      subject,
      body: 'Hello,\n\nMy card was charged €59.99 twice on 13 September for the annual plan (account imogen.blackwood@mailbox.example). Could you refund one of the charges?\n\nThanks,\nImogen',
      source,
    },
    {
      at: opened + 1 * MINUTE + 12_000,
      from: helpdesk,
      subject: `[#PP-48213] ${subject}`,
      body: 'Hi Imogen,\n\nThanks for reaching out – your request (#PP-48213) has been received. Our billing team usually replies within one business day.\n\nPinecrest Photos Support',
      source,
    },
    {
      at: opened + 5 * HOUR + 20 * MINUTE,
      from: 'Dana at Pinecrest Photos <support@pinecrestphotos.com>',
      subject: `Re: [#PP-48213] ${subject}`,
      body: 'Hi Imogen,\n\nSorry about that! I can see the duplicate charge. Could you confirm the last four digits of the card so I can match the payment?\n\nDana',
      source,
    },
    {
      at: opened + DAY + 2 * HOUR,
      from: ME,
      to: 'support@pinecrestphotos.com',
      folder: 'sent',
      subject: `Re: [#PP-48213] ${subject}`,
      body: 'Hi Dana,\n\nIt’s the Visa ending 0932.\n\nThanks!\nImogen',
      source,
    },
    {
      at: opened + DAY + 6 * HOUR,
      from: 'Dana at Pinecrest Photos <support@pinecrestphotos.com>',
      subject: `Re: [#PP-48213] ${subject}`,
      body: 'Thanks Imogen, the refund of €59.99 is on its way and should show within 5–7 days.\n\nDana',
      source,
    },
    {
      at: opened + 4 * DAY + 3 * HOUR,
      from: helpdesk,
      subject: `[#PP-48213] ${subject} – solved`,
      body: 'Your request #PP-48213 has been marked as solved. If anything is still wrong, just reply to this email to reopen it.\n\nHow would you rate our support? Great / Not good',
      source,
    },
    {
      at: frOpened,
      from: ME,
      to: 'sav@maisonperle.fr',
      folder: 'sent',
      subject: frSubject,
      body: 'Bonjour,\n\nJ’ai bien reçu ma commande MP-20931 mais le plaid en laine manque dans le colis. Pourriez-vous vérifier ?\n\nMerci d’avance,\nImogen Blackwood',
      source,
    },
    {
      at: frOpened + 2 * MINUTE,
      from: shop,
      subject: `Re: ${frSubject} [Ticket 7742]`,
      body: 'Bonjour,\n\nNous avons bien reçu votre message (ticket 7742). Notre équipe vous répondra sous 48 heures ouvrées.\n\nLe service client Maison Perle',
      source,
    },
    {
      at: frOpened + DAY + 4 * HOUR,
      from: 'Julie – Maison Perle <sav@maisonperle.fr>',
      subject: `Re: ${frSubject} [Ticket 7742]`,
      body: 'Bonjour Imogen,\n\nToutes nos excuses : le plaid était en rupture au moment de l’envoi. Il part aujourd’hui, sans frais.\n\nBelle journée,\nJulie',
      source,
    },
    {
      at: frOpened + 3 * DAY + HOUR,
      from: shop,
      subject: `Ticket 7742 résolu – ${frSubject}`,
      body: 'Votre demande a été clôturée. Répondez à cet e-mail si vous avez besoin d’aide supplémentaire.',
      source,
    },
  ]
}
