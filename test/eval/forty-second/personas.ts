// A persona's everyday four weeks: a weekly newsletter it subscribed to long ago, the mail of its
// life (an employee's invitations and shared documents, a family's friends, a student's course
// list, a shop owner's documents and vendor tickets) and important mail from its providers.
import { DAY, HOUR } from '../nineteenth/clock.ts'
import { emptyPart, type Part } from '../nineteenth/records.ts'
import type { Random } from '../prng.ts'
import { LOOK_STEMS } from './companies.ts'
import { importantAround } from './background.ts'
import { lookSender, putLook } from './look.ts'
import type { Person } from './people.ts'
import { WINDOW } from './plans.ts'
import type { FortySecondLabel, LookClass, PersonaKind } from './types.ts'

/** Each persona's streams beyond its newsletter: class and how many over four weeks. */
const STREAMS: Record<PersonaKind, readonly (readonly [LookClass, number])[]> = {
  employee: [
    ['calendar', 4],
    ['document', 3],
    ['reply', 2],
  ],
  family: [
    ['reply', 4],
    ['document', 1],
    ['calendar', 1],
  ],
  student: [
    ['list', 4],
    ['calendar', 2],
    ['reply', 2],
  ],
  shopowner: [
    ['document', 2],
    ['reply', 2],
    ['ticket-reply', 1],
  ],
}

/** Persona mail is measured as everyday mail, not as a placed look-alike. */
function asPersona(part: Part, person: Person, from: number): void {
  for (const record of part.records.slice(from)) {
    const label = part.labels.get(record.id) as FortySecondLabel
    const rest: FortySecondLabel = { ...label }
    delete rest.placement
    const lookClass = label.lookClass
    const relabelled: FortySecondLabel = {
      ...rest,
      persona: person.persona,
      source: `persona:${person.persona}:${lookClass}`,
    }
    part.labels.set(record.id, relabelled)
  }
}

function stream(
  rng: Random,
  part: Part,
  person: Person,
  cls: LookClass,
  n: number,
  prefix: string,
): void {
  const stem = LOOK_STEMS[40 + (rng.int(0, 9) % 10)]!
  const sender = lookSender(rng, cls, stem, person.lang)
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i * WINDOW.days) / n) + rng.int(0, 3)
    const at = WINDOW.start + Math.min(27, day) * DAY + rng.int(7, 21) * HOUR
    const from = part.records.length
    putLook(rng, part, sender, person, at, `${prefix}-${cls}${i}`, { placement: 'quiet' })
    asPersona(part, person, from)
  }
}

export function personaWeeks(rng: Random, person: Person, prefix: string): Part {
  const part = emptyPart()
  stream(rng, part, person, 'newsletter', 4, prefix)
  for (const [cls, n] of STREAMS[person.persona]) stream(rng, part, person, cls, n, prefix)
  const end = WINDOW.start + WINDOW.days * DAY
  const important = importantAround(rng, person, WINDOW.start, end, rng.int(6, 10), `${prefix}-p`)
  for (const [id, label] of important.labels)
    important.labels.set(id, { ...label, source: `persona:${person.persona}:${label.source}` })
  return {
    records: [...part.records, ...important.records],
    labels: new Map([...part.labels, ...important.labels]),
  }
}
