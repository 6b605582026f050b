// The quiet inbox's own everyday mail, on top of the SpamAssassin ham and the real corpus.
import type { Random } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import type { MailLabel } from '../../types.ts'
import { MINUTE, TENTH_WINDOW } from '../clock.ts'
import { fullName, type Person } from '../people.ts'
import { add, emptyPart, type Part } from '../records.ts'
import { calendarMail } from './calendar.ts'
import { forgeMail } from './forge.ts'
import type { Everyday } from './item.ts'
import { listMail } from './lists.ts'
import { newsMail } from './news.ts'
import { ticketThread } from './ticket.ts'

export function everydayMail(rng: Random, person: Person): Everyday[] {
  const { start, days } = TENTH_WINDOW
  const me = `${fullName(person)} <${person.address}>`
  return [
    ...forgeMail(rng, start, days),
    ...calendarMail(rng, start, days),
    ...listMail(rng, start, days),
    ...newsMail(rng, start, days),
    ...ticketThread(rng, start, me),
  ]
}

export function everydayPart(mails: readonly Everyday[], person: Person, prefix: string): Part {
  const part = emptyPart()
  mails.forEach((m, i) => {
    const label: MailLabel = { label: m.own ? 'own' : 'ham', source: m.source }
    add(
      part,
      {
        id: `${prefix}-day-${i}`,
        at: m.at,
        from: m.from,
        subject: m.subject,
        body: m.body,
        to: person.address,
        folder: m.folder,
      },
      label,
    )
  })
  return part
}

/** The real helpdesk thread and replies, moved into the window (undated ones spread in it). */
export function realPart(
  rng: Random,
  real: readonly RealMail[],
  person: Person,
  prefix: string,
): Part {
  const part = emptyPart()
  const dated = real.filter((m) => m.date !== null)
  const moved = redate(
    dated.map((m) => m.date!),
    TENTH_WINDOW,
  )
  real.forEach((m, i) => {
    const k = dated.indexOf(m)
    const at =
      k >= 0
        ? moved[k]! + rng.int(-5, 5) * MINUTE
        : TENTH_WINDOW.start + rng.int(1, 20) * 86_400_000 + rng.int(420, 1_300) * MINUTE
    add(
      part,
      {
        id: `${prefix}-real-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}
