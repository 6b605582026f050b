// A genuine ticket the person opened through a company's web form: the acknowledgement (the
// person caused it: `own`), the agent's real answer two days later and the solved notice (`ham`).
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'

export function genuineTicket(person: Person, start: number, prefix: string): Part {
  const part = emptyPart()
  const from = 'Larkspur Home Care <care@larkspurhome.zendesk.com>'
  const lang: Lang = 'en'
  const mails: [number, string, string, MailLabel][] = [
    [
      2 * MINUTE,
      'We received your request [#58213]: Wrong size duvet delivered',
      `Hi ${person.first},\n\nThanks for contacting Larkspur Home. Your request (58213) has been received and is being reviewed by our team.`,
      { label: 'own', lang, family: 'helpdesk' },
    ],
    [
      2 * DAY + 3 * HOUR,
      'Re: Wrong size duvet delivered [#58213]',
      `Hi ${person.first},\n\nSorry about that! I've arranged a free return label and the king size is on its way today. You'll get a tracking email.\n\nBest,\nAisha, Larkspur Home Care`,
      { label: 'ham', lang, source: 'ticket reply' },
    ],
    [
      5 * DAY,
      'Your request #58213 has been solved',
      `Your request (58213) "Wrong size duvet delivered" has been marked as solved. Reply to this email to reopen it.`,
      { label: 'ham', lang, source: 'ticket solved' },
    ],
  ]
  mails.forEach(([offset, subject, body, label], i) =>
    add(
      part,
      record(`${prefix}-ticket-${i}`, start + offset, from, subject, body, person.address),
      label,
    ),
  )
  return part
}
