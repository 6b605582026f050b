// The quiet inbox: every SpamAssassin ham message moved into this set's window (seed 123,000),
// the real mails of test/corpus/real (the genuine Zendesk ticket thread as `own`, keeping its
// spacing; the talon replies as `ham`), the everyday mail written for this set and a ticket the
// person opened through a web form.
import { seeded } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import type { HamMail } from '../../spam-assassin.ts'
import type { Scenario } from '../../types.ts'
import { hamLabel } from '../background.ts'
import { DAY, HOUR, MINUTE, TWELFTH_WINDOW } from '../clock.ts'
import { QUIET_PERSON } from '../people.ts'
import { add, combineParts, emptyPart, record } from '../records.ts'
import { everydayMail } from './everyday.ts'
import { openedTicket } from './ticket.ts'

export const QUIET_SEED = 123_000

function realPart(real: readonly RealMail[], at: number) {
  const part = emptyPart()
  const first = real.find((m) => m.date !== null)?.date ?? 0
  real.forEach((mail, i) => {
    const when =
      mail.source === 'helpdesk' && mail.date !== null
        ? at + (mail.date - first)
        : at + (i + 1) * 7 * HOUR
    const label =
      mail.source === 'helpdesk'
        ? { label: 'own' as const, source: `real/${mail.file}` }
        : { label: 'ham' as const, source: `real/${mail.file}` }
    add(
      part,
      record(
        `twelfth-h-real-${i}`,
        when,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        QUIET_PERSON.address,
      ),
      label,
    )
  })
  return part
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const rng = seeded(QUIET_SEED)
  const to = QUIET_PERSON.address
  const dates = redate(
    ham.map((m) => m.date),
    TWELFTH_WINDOW,
  )
  const sa = emptyPart()
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-9, 9) * MINUTE
    add(
      sa,
      record(`twelfth-h-ham-${i}`, at, mail.from, mail.subject, mail.text.slice(0, 2_000), to),
      hamLabel(mail),
    )
  })
  const daily = emptyPart()
  const span = TWELFTH_WINDOW.days * DAY
  everydayMail(rng).forEach((m, i) => {
    const at = TWELFTH_WINDOW.start + Math.floor(rng.next() * span)
    add(daily, record(`twelfth-h-day-${i}`, at, m.from, m.subject, m.body, to), m.label)
  })
  const ticketAt = TWELFTH_WINDOW.start + 6 * DAY + 10 * HOUR
  for (const [i, { offset, mail }] of openedTicket().entries())
    add(
      daily,
      record(`twelfth-h-ticket-${i}`, ticketAt + offset, mail.from, mail.subject, mail.body, to),
      mail.label,
    )
  const real_ = realPart(real, TWELFTH_WINDOW.start + 12 * DAY + 9 * HOUR)
  const { records, labels } = combineParts([sa, daily, real_])
  return { name: 'h-quiet', kind: 'h-quiet', seed: QUIET_SEED, records, labels }
}
