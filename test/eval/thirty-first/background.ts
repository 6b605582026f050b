// SpamAssassin ham spread over the days around a wave or a burst (the shared corpus loader).
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

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
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const at = from + Math.floor(rng.next() * (to - from))
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}
