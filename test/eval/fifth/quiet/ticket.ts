// A support ticket she opened herself with her cloud-storage provider: her mail (sent folder),
// the helpdesk's acknowledgement echoing her subject, an agent's questions, her answer, the fix
// and the "solved" notice with a satisfaction survey, over six days.
import { HELPWISE } from '../products/helpdesk/helpwise.ts'
import { at, ME, type QuietMail } from './kit.ts'

const SUPPORT = 'Nuvemdrive Support <support@nuvemdrive.example>'
const AGENT = 'Tiago at Nuvemdrive <support@nuvemdrive.example>'
const SUBJECT = 'Sync stuck at 99% on the Linux client'

export function ticketMail(): QuietMail[] {
  const ack = HELPWISE.texts.en({
    company: 'Nuvemdrive',
    domain: 'nuvemdrive.example',
    name: 'Femke',
    field: SUBJECT,
    email: 'femke.oyelaran@inbox.example',
    ref: '48213',
    code: '',
    token: '',
  })
  const mail = (
    when: number,
    from: string,
    subject: string,
    body: string,
    sent = false,
  ): QuietMail => ({
    at: when,
    from,
    subject,
    body,
    source: 'own ticket',
    lang: 'en',
    ...(sent ? { folder: 'sent' as const, to: 'support@nuvemdrive.example' } : {}),
  })
  return [
    mail(
      at(7, 10, 2),
      ME,
      SUBJECT,
      'Hello, since yesterday the Linux client (version 4.2.1) stays at 99% and never finishes syncing my Documents folder. Restarting does not help. Log attached.\n\nFemke',
      true,
    ),
    mail(at(7, 10, 3), SUPPORT, ack.subject, ack.body),
    mail(
      at(7, 15, 41),
      AGENT,
      `Re: ${SUBJECT} [#48213]`,
      'Hi Femke,\n\nThanks for the log. It looks like one file has a name with a trailing space, which the server rejects. Could you check whether "Documents/Taxes/2025 /" exists on your disk?\n\nTiago\nNuvemdrive Support',
    ),
    mail(
      at(8, 9, 10),
      ME,
      `Re: ${SUBJECT} [#48213]`,
      'Hi Tiago, yes, that folder has a trailing space. Renaming it fixed the sync immediately. Thanks!\n\nFemke',
      true,
    ),
    mail(
      at(8, 11, 25),
      AGENT,
      `Re: ${SUBJECT} [#48213]`,
      'Great to hear! We will also fix the client so it reports such names instead of getting stuck. I will close this ticket in a few days if everything stays fine.\n\nTiago',
    ),
    mail(
      at(12, 9, 0),
      SUPPORT,
      `Your ticket #48213 has been solved`,
      'Hi Femke,\n\nYour ticket "Sync stuck at 99% on the Linux client" has been marked as solved. If the problem comes back, just reply to this email to reopen it.\n\nHow did we do? Rate your experience: Great / OK / Not good\n\nNuvemdrive Support',
    ),
  ]
}
