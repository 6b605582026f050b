// A genuine ticket the person opened through a web form: the form's acknowledgement echoing
// their subject, an agent's questions and their answer (sent folder), the fix, and the "solved"
// notice a few days later. The acknowledgement is labelled `own` (the person caused it), the
// later updates `ham`.
import type { Random } from '../../prng.ts'
import { DAY, HOUR } from '../clock.ts'
import type { Everyday } from './item.ts'

const DESK = 'Lettrix Support <support@lettrix.example>'
const SUBJECT = 'Invoice shows wrong VAT number'

export function ticketThread(rng: Random, start: number, me: string): Everyday[] {
  const t0 = start + rng.int(3, 6) * DAY + 10 * HOUR
  const ref = rng.int(40_000, 49_999)
  return [
    {
      at: t0 + 2 * 60_000,
      from: DESK,
      subject: `[#${ref}] ${SUBJECT}`,
      body: `Hi Maarten,\nThanks for reaching out. Your request #${ref} has been received and our team will reply soon.\n\n> ${SUBJECT}`,
      source: 'ticket-ack',
      own: true,
    },
    {
      at: t0 + 5 * HOUR,
      from: 'Amira at Lettrix <support@lettrix.example>',
      subject: `Re: [#${ref}] ${SUBJECT}`,
      body: 'Hi Maarten, could you send us the invoice number and the VAT number it should show?',
      source: 'ticket-update',
    },
    {
      at: t0 + 7 * HOUR,
      from: me,
      subject: `Re: [#${ref}] ${SUBJECT}`,
      body: 'Hi Amira, it is invoice 2027-0214; the VAT number should be BE0123.456.789. Thanks!',
      source: 'ticket-reply',
      folder: 'sent',
    },
    {
      at: t0 + DAY + 3 * HOUR,
      from: 'Amira at Lettrix <support@lettrix.example>',
      subject: `Re: [#${ref}] ${SUBJECT}`,
      body: 'We have corrected the invoice; the new PDF is in your account. Anything else?',
      source: 'ticket-update',
    },
    {
      at: t0 + 4 * DAY,
      from: DESK,
      subject: `[#${ref}] ${SUBJECT} - solved`,
      body: `Your request #${ref} has been marked as solved. Reply to this email to reopen it.`,
      source: 'ticket-solved',
    },
  ]
}
