// A genuine ticket the person opened through a web form (no sent mail: the form sent it), over
// five days: the helpdesk's acknowledgement echoing her subject, two agent replies, her answer
// from the sent folder, and the "solved" notice. Labelled `own`: she caused every mail of it.
import { DAY, HOUR, MINUTE } from '../clock.ts'
import type { Person } from '../people.ts'
import type { Everyday } from './types.ts'

const SUBJECT = 'Wrong VAT number on invoice 2027-0041'
const DESK = 'Fattura Facile Support <support@fatturafacile.zendesk.com>'

export function ticketThread(start: number, person: Person): Everyday[] {
  const mail = (at: number, subject: string, body: string, folder?: 'sent'): Everyday => ({
    at,
    from: folder ? `${person.full} <${person.address}>` : DESK,
    subject,
    body,
    source: 'own-ticket',
    own: true,
    ...(folder ? { folder } : {}),
  })
  return [
    mail(
      start,
      `[Request received] ${SUBJECT}`,
      `Your request (40912) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n${person.first}: the VAT number printed on invoice 2027-0041 is my old one.`,
    ),
    mail(
      start + 3 * HOUR,
      `Re: ${SUBJECT}`,
      `Hi ${person.first},\n\nthanks for reporting this. Could you send us the correct VAT number?\n\nGiulia, Fattura Facile`,
    ),
    mail(
      start + 3 * HOUR + 40 * MINUTE,
      `Re: ${SUBJECT}`,
      'Hi Giulia, the correct number is IT00000000000 (test value). Thanks!',
      'sent',
    ),
    mail(
      start + DAY + 2 * HOUR,
      `Re: ${SUBJECT}`,
      `Hi ${person.first},\n\nwe have issued a corrected invoice 2027-0041-R. You can download it from your account.\n\nGiulia`,
    ),
    mail(
      start + 5 * DAY,
      `[Solved] ${SUBJECT}`,
      'Your request (40912) has been solved. Reply to this email to reopen it.',
    ),
  ]
}
