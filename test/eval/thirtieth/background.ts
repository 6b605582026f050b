// SpamAssassin ham around a scenario (through the shared loader and redating), and the quiet
// inbox's four weeks of it.
import type { Random } from '../prng.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { DAY } from './clock.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin:${mail.group}:list` : `spamassassin:${mail.group}`
}

function putHam(part: Part, mail: HamMail, at: number, id: string, person: Person): void {
  put(
    part,
    {
      id,
      at,
      from: mail.from,
      to: person.address,
      subject: mail.subject,
      body: mail.text.slice(0, 3_000),
    },
    { label: 'ham', source: hamSource(mail) },
  )
}

/** `count` ham mails at random moments between `from` and `to`. */
export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  rng
    .shuffle(ham)
    .slice(0, count)
    .forEach((mail, i) =>
      putHam(part, mail, from + Math.floor(rng.next() * (to - from)), `${prefix}-ham-${i}`, person),
    )
  return part
}

/** Every ham mail, redated into the window (time of day and order of days kept). */
export function allHam(
  ham: readonly HamMail[],
  window: { start: number; days: number },
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    { start: window.start, days: window.days - 1 },
  )
  ham.forEach((mail, i) =>
    putHam(part, mail, dates[i]! + (i % 7 === 0 ? DAY / 2 : 0), `n30-h-ham-${i}`, person),
  )
  return part
}
