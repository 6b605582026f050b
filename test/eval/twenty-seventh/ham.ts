// SpamAssassin ham around a scenario: a random choice of the public corpus's ham, moved to
// random times of the given span (each mail keeps its sender, subject and text).
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { emptyPart, put, type Part } from './records.ts'

export function hamSource(mail: HamMail): string {
  return `spamassassin:${mail.group}${mail.listId ? ':list' : ''}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  address: string,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    put(
      part,
      {
        id: `${prefix}-ham-${i}`,
        at: from + Math.floor(rng.next() * (to - from)),
        from: mail.from,
        to: address,
        subject: mail.subject,
        text: mail.text.slice(0, 2_000),
        full: rng.chance(0.34),
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}
