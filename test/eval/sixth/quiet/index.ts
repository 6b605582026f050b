// The quiet inbox: the SpamAssassin ham groups the harness loads, redated into the sixth window;
// the real mails of test/corpus/real (a genuine Zendesk ticket thread, person-to-person replies)
// spread over the same weeks; and the hand-written everyday mail of everyday.ts.
import type { Random } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import type { HamMail } from '../../spam-assassin.ts'
import { hamLabel } from '../background.ts'
import { DAY, HOUR, MINUTE, SIXTH_WINDOW } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { MAKERS, TICKET } from './everyday.ts'

const ham = (source: string) => ({ label: 'ham' as const, source })

export function quietPart(
  rng: Random,
  mails: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const put = (
    id: string,
    at: number,
    m: { from: string; subject: string; body: string },
    source: string,
  ) =>
    add(
      part,
      record({
        id,
        at,
        from: m.from,
        subject: m.subject,
        body: m.body.slice(0, 2_000),
        to: person.address,
      }),
      ham(source),
    )
  const dates = redate(
    mails.map((m) => m.date),
    SIXTH_WINDOW,
  )
  mails.forEach((m, i) => {
    add(
      part,
      record({
        id: `sixth-h-ham-${i}`,
        at: dates[i]! + rng.int(-9, 9) * MINUTE,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      }),
      hamLabel(m),
    )
  })
  const day = (d: number) =>
    SIXTH_WINDOW.start + d * DAY + rng.int(7, 21) * HOUR + rng.int(0, 59) * MINUTE
  real.forEach((m, i) =>
    put(
      `sixth-h-real-${i}`,
      day(rng.int(0, 20)),
      { from: m.from, subject: m.subject, body: m.text },
      `real ${m.source}`,
    ),
  )
  for (const [name, maker] of Object.entries(MAKERS))
    for (let n = 0; n < maker.count; n++) {
      const mail = maker.make(rng, n)
      put(`sixth-h-${name}-${n}`, day(rng.int(0, 20)), mail, mail.source)
    }
  const opened = SIXTH_WINDOW.start + 9 * DAY + 14 * HOUR
  TICKET.forEach((m, i) =>
    put(
      `sixth-h-ticket-${i}`,
      opened + (i === 0 ? 3 * MINUTE : i * DAY + rng.int(0, 5) * HOUR),
      m,
      m.source,
    ),
  )
  return part
}
