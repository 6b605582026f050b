// The quiet inbox: every SpamAssassin ham mail redated into this set's three weeks (a seeded few
// minutes off), the real helpdesk thread and replies of test/corpus/real, and this set's everyday
// mail (each template several times on different days) with a ticket the person really opened.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { hamLabel, everyday } from './background.ts'
import { DAY, EIGHTEENTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { EVERYDAY_TEXTS, TICKET_THREAD } from './everyday-texts.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

/** The person's mail, the acknowledgement 4 minutes later, an agent's reply, her answer, solved. */
const TICKET_OFFSETS = [0, 4 * MINUTE, 26 * HOUR, 27 * HOUR, 4 * DAY]

const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part[] {
  const start = EIGHTEENTH_WINDOW.start
  const sa = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    EIGHTEENTH_WINDOW,
  )
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-7, 7) * MINUTE
    add(
      sa,
      record(
        `e18-h-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  })
  const corpus = emptyPart()
  real.forEach((mail, i) => {
    const at = start + (2 + i) * DAY + rng.int(8, 20) * HOUR
    add(
      corpus,
      record(
        `e18-h-real-${i}`,
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
  const daily = emptyPart()
  EVERYDAY_TEXTS.forEach((line, t) => {
    const times = rng.int(2, 5)
    for (let k = 0; k < times; k++) {
      const m = everyday(rng, line, rng.int(10, 999), rng.pick(DAYS))
      const at = start + rng.int(0, 20) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
      add(daily, record(`e18-h-day-${t}-${k}`, at, m.from, m.subject, m.body, person.address), {
        label: 'ham',
        source: 'everyday',
      })
    }
  })
  const ticketStart = start + 9 * DAY + 10 * HOUR
  TICKET_THREAD.forEach((line, i) => {
    const [dir = '', who = '', subject = '', body = ''] = line.split('|')
    const at = ticketStart + TICKET_OFFSETS[i]!
    const sent = dir === 'sent'
    const rec = sent
      ? record(`e18-h-ticket-${i}`, at, person.address, subject, body, who, 'sent')
      : record(`e18-h-ticket-${i}`, at, who, subject, body, person.address)
    add(daily, rec, { label: 'ham', source: 'ticket-opened' })
  })
  return [sa, corpus, daily]
}
