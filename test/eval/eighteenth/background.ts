// The ordinary mail around a wave or a burst: SpamAssassin ham redated into the days around it,
// and a few everyday mails of this set. Labelled `ham` with their source.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { EVERYDAY_TEXTS } from './everyday-texts.ts'
import type { Person } from './people.ts'
import { add, emptyPart, fill, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `sa-list/${mail.group}` : `sa/${mail.group}` }
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
    add(
      part,
      record(
        `${prefix}-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  }
  return part
}

export function everyday(rng: Random, line: string, n: number, day: string) {
  const [from = '', subject = '', body = ''] = line.split('|')
  const vars = { n: String(n), day }
  return { from, subject: fill(subject, vars), body: fill(body, vars) }
}

/** A few everyday mails in the days around a wave or burst. */
export function notesPart(
  rng: Random,
  person: Person,
  count: number,
  from: number,
  to: number,
  prefix: string,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const m = everyday(rng, rng.pick(EVERYDAY_TEXTS), rng.int(10, 999), 'morgen')
    const at = from + Math.floor((rng.next() * (to - from)) / MINUTE) * MINUTE
    add(part, record(`${prefix}-note-${i}`, at, m.from, m.subject, m.body, person.address), {
      label: 'ham',
      source: 'everyday',
    })
  }
  return part
}
