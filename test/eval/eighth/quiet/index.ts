// The quiet inbox's own everyday mail over the three-week window, labelled `ham` with its source.
import type { Random } from '../../prng.ts'
import { DAY, EIGHTH_WINDOW, HOUR, MINUTE } from '../clock.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { ROUTINE } from './routine.ts'
import { ticketThread } from './ticket.ts'

export function everydayPart(rng: Random, address: string, prefix: string): Part {
  const part = emptyPart()
  const randomTime = () =>
    EIGHTH_WINDOW.start +
    rng.int(0, EIGHTH_WINDOW.days - 1) * DAY +
    rng.int(7, 22) * HOUR +
    rng.int(0, 59) * MINUTE
  let n = 0
  for (const [make, count] of ROUTINE)
    for (let i = 0; i < count; i++, n++) {
      const mail = make(rng, i)
      add(
        part,
        record(`${prefix}-${n}`, randomTime(), mail.from, mail.subject, mail.body, address),
        { label: 'ham', source: mail.source },
      )
    }
  const ticket = ticketThread(EIGHTH_WINDOW.start + 6 * DAY + 10 * HOUR)
  ticket.forEach((mail, i) =>
    add(
      part,
      record(`${prefix}-ticket-${i}`, mail.at, mail.from, mail.subject, mail.body, address),
      { label: 'ham', source: mail.source },
    ),
  )
  return part
}
