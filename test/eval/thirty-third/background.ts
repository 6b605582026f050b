// SpamAssassin ham placed around a wave or a burst (random times in a range), and redated into
// the quiet inbox's four weeks through the shared redate helper.
import type { Random } from '../prng.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { THIRTY_THIRD_WINDOW } from './clock.ts'
import type { Person } from './langs.ts'

export const hamSource = (mail: HamMail) =>
  `spamassassin:${mail.group}${mail.listId ? ':list' : ''}`

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  n: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  const chosen = rng.shuffle(ham).slice(0, n)
  chosen.forEach((mail, i) => {
    const at = from + Math.floor(rng.next() * (to - from))
    put(
      part,
      {
        id: `${prefix}-ham${i}`,
        at,
        from: mail.from,
        subject: mail.subject,
        body: mail.text,
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  })
  return part
}

/** Every ham mail, redated into the window. */
export function quietHam(ham: readonly HamMail[], person: Person): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    THIRTY_THIRD_WINDOW,
  )
  ham.forEach((mail, i) =>
    put(
      part,
      {
        id: `n33-q-ham${i}`,
        at: dates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text,
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    ),
  )
  return part
}
