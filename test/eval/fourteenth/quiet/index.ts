// The quiet inbox of three weeks: all SpamAssassin ham and the real corpus moved into the
// window with this set's seed and jitter, everyday mail written for this set, a genuine ticket
// the person opened, and a few important notices.
import type { Random } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import type { HamMail } from '../../spam-assassin.ts'
import { LANGUAGES } from '../../types.ts'
import { hamLabel } from '../background.ts'
import { DAY, FOURTEENTH_WINDOW, HOUR, MINUTE } from '../clock.ts'
import { IMPORTANT } from '../important/index.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { EVERYDAY } from './everyday.ts'
import { genuineTicket } from './ticket.ts'

const W = FOURTEENTH_WINDOW

function anyTime(rng: Random): number {
  return W.start + rng.int(0, W.days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
}

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    W,
  )
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-7, 7) * MINUTE
    add(
      part,
      record(
        `xiv-h-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  })
  const known = real.map((m) => m.date ?? 0)
  const realDates = redate(known, { start: W.start + 2 * DAY, days: W.days - 4 })
  real.forEach((mail, i) => {
    const at = mail.date === null ? anyTime(rng) : realDates[i]!
    add(
      part,
      record(
        `xiv-h-real-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      { label: 'ham', source: `real ${mail.source}` },
    )
  })
  return part
}

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  let i = 0
  for (const make of EVERYDAY) {
    const times = rng.int(2, 4)
    for (let k = 0; k < times; k++) {
      const m = make(rng)
      add(
        part,
        record(`xiv-h-day-${i++}`, anyTime(rng), m.from, m.subject, m.body, person.address),
        { label: 'ham', lang: m.lang, source: m.source },
      )
    }
  }
  for (let k = 0; k < 6; k++) {
    const lang = LANGUAGES[k % LANGUAGES.length]!
    const n = rng.pick(IMPORTANT[lang])(rng)
    add(part, record(`xiv-h-imp-${k}`, anyTime(rng), n.from, n.subject, n.body, person.address), {
      label: 'important',
      lang,
    })
  }
  const ticket = genuineTicket(person, W.start + 6 * DAY + 14 * HOUR, 'xiv-h')
  ticket.records.forEach((r) => add(part, r, ticket.labels.get(r.id)!))
  return part
}
