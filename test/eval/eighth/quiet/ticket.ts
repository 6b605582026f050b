// A genuine ticket the quiet inbox's owner opened through a web form (no sent mail): the helpdesk
// acknowledgement echoing her subject, two agent replies and the solved notice over five days.
import { DAY, HOUR } from '../clock.ts'
import type { Everyday } from './routine.ts'

const SUBJECT = 'Invoice 2027-0311 charged twice'
const FROM = 'Lexifacile Support <support@lexifacile.zendesk.com>'

export function ticketThread(start: number): (Everyday & { at: number })[] {
  const mail = (at: number, subject: string, body: string) => ({
    at,
    source: 'own-ticket',
    from: FROM,
    subject,
    body,
  })
  return [
    mail(
      start,
      `[Lexifacile] Re: ${SUBJECT}`,
      `Your request (48213) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n${SUBJECT}: my card was charged twice for the annual plan.`,
    ),
    mail(
      start + 20 * HOUR,
      `[Lexifacile] Re: ${SUBJECT}`,
      'Hi Wout,\n\nThanks for the screenshots. I can see both charges and have asked our billing team to refund one.\n\nBest, Noor',
    ),
    mail(
      start + 3 * DAY,
      `[Lexifacile] Re: ${SUBJECT}`,
      'Hi Wout,\n\nThe refund of the duplicate charge was issued today; it may take 5 business days to appear.\n\nNoor',
    ),
    mail(
      start + 5 * DAY,
      `[Lexifacile] Request #48213 has been solved: ${SUBJECT}`,
      'Your request #48213 has been solved. If you think it was not, reply to this email within 4 days to reopen it.',
    ),
  ]
}
