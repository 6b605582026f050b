// Delivery failures as English-speaking mail servers word them, used by every language's storm.
import type { Text } from '../products.ts'

export const EN_BOUNCE: readonly Text[] = [
  {
    subject: 'Delivery Status Notification (Failure)',
    body: 'Address not found. Your message wasn’t delivered to {rcpt} because the address couldn’t be found.',
  },
  {
    subject: 'Mail delivery failed: returning message to sender',
    body: 'This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more recipients: {rcpt} mailbox is full',
  },
  {
    subject: 'Undeliverable: {s}',
    body: 'Your message to {rcpt} couldn’t be delivered. The recipient’s mailbox was not found.',
  },
]
