// The hand-written everyday mail of the quiet inbox (Beatrice, a translator in Ghent): code-forge
// notifications, calendar invitations, newsletters, digests, list threads, shipping notices,
// and a ticket she opened herself, spread over the three weeks of the window at waking hours.
import type { Random } from '../../prng.ts'
import { DAY, HOUR, MINUTE, SEVENTH_WINDOW } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { calendarMail } from './calendar.ts'
import { forgeMail } from './forge.ts'
import { listMail } from './lists.ts'
import { ticketThread } from './ticket.ts'
import type { Everyday } from './types.ts'

export function everydayMail(rng: Random, person: Person): Everyday[] {
  const at = () =>
    SEVENTH_WINDOW.start +
    rng.int(0, SEVENTH_WINDOW.days - 1) * DAY +
    rng.int(7, 22) * HOUR +
    rng.int(0, 59) * MINUTE
  const ticketStart = SEVENTH_WINDOW.start + 4 * DAY + 10 * HOUR + 17 * MINUTE
  return [
    ...forgeMail(rng, at),
    ...calendarMail(rng, at),
    ...listMail(rng, at),
    ...ticketThread(ticketStart, person),
  ]
}

export function everydayPart(mails: readonly Everyday[], person: Person, prefix: string): Part {
  const part = emptyPart()
  mails.forEach((m, i) => {
    const id = `${prefix}-day-${i}`
    const to = m.folder === 'sent' ? 'support@fatturafacile.zendesk.com' : person.address
    add(
      part,
      record(id, m.at, m.from, m.subject, m.body, to, m.folder ?? 'inbox'),
      m.own
        ? { label: 'own', lang: 'en', family: 'helpdesk', product: 'own-ticket', source: m.source }
        : { label: 'ham', source: m.source },
    )
  })
  return part
}
