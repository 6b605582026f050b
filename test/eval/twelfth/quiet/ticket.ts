// A ticket the person really opened through a company's web form: the acknowledgement, two
// agent replies over the next days and the solved notice (all `own`).
import { DAY, HOUR, MINUTE } from '../clock.ts'
import type { Daily } from './everyday.ts'

const own = { label: 'own', lang: 'en', family: 'helpdesk', product: 'own-ticket' } as const

export function openedTicket(): { offset: number; mail: Daily }[] {
  const from = 'Larchmont Broadband Support <support@larchmont-broadband.example>'
  const topic = 'Router keeps dropping connection every evening'
  return [
    {
      offset: 0,
      mail: {
        from,
        subject: `[Case 0048213] ${topic}`,
        body: `Hi Rowan,\n\nThanks for contacting Larchmont Broadband. We've logged your request as case 0048213 and an engineer will be in touch.\n\nYour message: ${topic}`,
        label: own,
      },
    },
    {
      offset: DAY + 3 * HOUR,
      mail: {
        from,
        subject: `RE: [Case 0048213] ${topic}`,
        body: 'Hi Rowan, we ran a line test and see noise on the line after 18:00. Could you try the router on the master socket tonight?\n\nTom, Technical Support',
        label: own,
      },
    },
    {
      offset: 2 * DAY + 5 * HOUR,
      mail: {
        from,
        subject: `RE: [Case 0048213] ${topic}`,
        body: 'Thanks for testing. We have booked an engineer visit for Thursday between 8am and 1pm.\n\nTom, Technical Support',
        label: own,
      },
    },
    {
      offset: 5 * DAY + 40 * MINUTE,
      mail: {
        from,
        subject: `[Case 0048213] has been resolved`,
        body: 'Your case 0048213 has been marked as resolved. If the problem returns, simply reply to this email to reopen it.',
        label: own,
      },
    },
  ]
}
