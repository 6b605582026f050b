// The quiet inbox: the SpamAssassin ham groups redated into this set's window (each mail shifted
// by a seeded few minutes), the real corpus of the harness (a genuine ticket thread and people's
// replies), and this set's everyday series spread over the three weeks. Everything is ham.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { hamLabel } from './background.ts'
import { DAY, MINUTE, WINDOW } from './clock.ts'
import { SERIES } from './everyday-texts.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function spamAssassinPart(rng: Random, ham: readonly HamMail[], person: Person): Part {
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW,
  )
  const part = emptyPart()
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-7, 7) * MINUTE
    add(
      part,
      record(
        `s17-h-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  })
  return part
}

/** The real thread keeps its gaps (moved to day 4 of the window); the replies get seeded days. */
export function realPart(rng: Random, real: readonly RealMail[], person: Person): Part {
  const part = emptyPart()
  const first = Math.min(...real.map((m) => m.date ?? Infinity))
  real.forEach((mail, i) => {
    const at =
      mail.source === 'helpdesk' && mail.date !== null && Number.isFinite(first)
        ? WINDOW.start + 4 * DAY + (mail.date - first)
        : WINDOW.start + rng.int(0, WINDOW.days - 1) * DAY + rng.int(7 * 60, 22 * 60) * MINUTE
    add(
      part,
      record(
        `s17-h-real-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      {
        label: 'ham',
        source: `real/${mail.source}`,
      },
    )
  })
  return part
}

/** The ticket the person opened: her mail, the acknowledgement minutes later, then the thread. */
const TICKET: Record<string, number> = {
  'ticket/own': 9 * DAY + 600 * MINUTE,
  'ticket/ack': 9 * DAY + 603 * MINUTE,
  'ticket/reply': 10 * DAY + 550 * MINUTE,
  'ticket/solved': 12 * DAY + 700 * MINUTE,
  survey: 12 * DAY + 702 * MINUTE,
}

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  SERIES.forEach((s, k) => {
    for (let i = 0; i < s.times; i++) {
      const fixed =
        s.from.includes('boekhoudapp') || s.folder === 'sent' ? TICKET[s.source] : undefined
      const at =
        WINDOW.start +
        (fixed ?? rng.int(0, WINDOW.days - 1) * DAY + rng.int(7 * 60, 22 * 60) * MINUTE)
      const n = String(rng.int(40, 480))
      const fillIn = (t: string) =>
        t.replace(/\{n\}/gu, n).replace(/\{d\}/gu, String(rng.int(2, 26)))
      const to = s.folder === 'sent' ? 'support@boekhoudapp.example' : person.address
      add(
        part,
        record(
          `s17-h-day-${k}-${i}`,
          at,
          s.from,
          fillIn(s.subject),
          fillIn(s.body),
          to,
          s.folder ?? 'inbox',
        ),
        {
          label: 'ham',
          source: `everyday/${s.source}`,
        },
      )
    }
  })
  return part
}
