// The quiet inbox: SpamAssassin ham moved into this set's window with its own seed, the real
// helpdesk / reply corpus, and the everyday mail of everyday.ts spread over three weeks.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { hamLabel } from './background.ts'
import { DAY, FIFTEENTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { EVERYDAY } from './everyday.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamInbox(rng: Random, ham: readonly HamMail[], person: Person): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    FIFTEENTH_WINDOW,
  )
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-9, 9) * MINUTE
    const rec = record(
      `xv-h-ham-${i}`,
      at,
      mail.from,
      mail.subject,
      mail.text.slice(0, 2_000),
      person.address,
    )
    add(part, rec, hamLabel(mail))
  })
  return part
}

export function realInbox(rng: Random, real: readonly RealMail[], person: Person): Part {
  const part = emptyPart()
  const known = real.map((m) => m.date ?? 0)
  const dates = redate(known.some(Boolean) ? known : [0], FIFTEENTH_WINDOW)
  real.forEach((mail, i) => {
    const at =
      (mail.date ? dates[i]! : FIFTEENTH_WINDOW.start + rng.int(1, 20) * DAY) +
      rng.int(0, 30) * MINUTE
    const rec = record(
      `xv-h-real-${i}`,
      at,
      mail.from,
      mail.subject,
      mail.text.slice(0, 2_000),
      person.address,
    )
    add(part, rec, { label: 'ham', source: `real ${mail.source}` })
  })
  return part
}

export function everydayInbox(rng: Random, person: Person): Part {
  const part = emptyPart()
  let ticketDay = FIFTEENTH_WINDOW.start + rng.int(3, 6) * DAY + 9 * HOUR
  EVERYDAY.forEach((mail, m) => {
    for (let i = 1; i <= mail.times; i++) {
      const ticket = mail.source.startsWith('own ticket')
      const at = ticket
        ? (ticketDay += rng.int(20, 60) * MINUTE + (mail.source.endsWith('ack') ? 0 : DAY))
        : FIFTEENTH_WINDOW.start +
          rng.int(0, 20) * DAY +
          rng.int(7, 22) * HOUR +
          rng.int(0, 59) * MINUTE
      const fillI = (t: string) => t.replaceAll('{i}', ticket ? '7' : String(i))
      const rec = record(
        `xv-h-day-${m}-${i}`,
        at,
        mail.from,
        fillI(mail.subject),
        fillI(mail.body),
        person.address,
      )
      add(part, rec, { label: mail.own ? 'own' : 'ham', lang: mail.lang, source: mail.source })
    }
  })
  return part
}
