// What surrounds the attacks: SpamAssassin ham over the days around them, the person's important
// mail inside every attack (1-5, carrying its waveId) and on the days around it, and the
// look-alikes inside a wave, from senders with history (their earlier mail days ahead) and
// from senders new to the inbox.
import { DAY, HOUR, MINUTE } from '../nineteenth/clock.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LOOK_STEMS } from './companies.ts'
import { importantLabel, importantMail, pickImportant } from './important.ts'
import { lookSender, putLook } from './look.ts'
import type { Person } from './people.ts'
import { WINDOW } from './plans.ts'
import { LOOK_CLASSES } from './types.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  span: { from: number; to: number; count: number },
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < span.count; i++) {
    const mail = rng.pick(ham)
    const at = span.from + Math.floor(rng.next() * (span.to - span.from))
    const record = { id: `${prefix}-sa-${i}`, at, from: mail.from, subject: mail.subject }
    put(
      part,
      { ...record, body: mail.text.slice(0, 2_000), to: person.address },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

export interface AttackSpan {
  waveId: string
  start: number
  end: number
  /** A cut attack's piece starts: its important mail lands next to a piece. */
  pieces?: readonly number[]
  small: boolean
}

/** 1-5 important mails inside an attack's span (next to a piece for a cut attack). */
export function importantInside(rng: Random, span: AttackSpan, person: Person): Part {
  const part = emptyPart()
  const n = rng.int(1, 5)
  for (let i = 0; i < n; i++) {
    const kind = pickImportant(rng)
    const at = span.pieces
      ? rng.pick(span.pieces) + rng.int(0, 4) * MINUTE
      : span.start + Math.floor(rng.next() * Math.max(MINUTE, span.end - span.start))
    const extra = { waveId: span.waveId, ...(span.small ? { insideSmall: true } : {}) }
    put(
      part,
      importantMail(rng, kind, person, at, `${span.waveId}-imp${i}`),
      importantLabel(kind, person, extra),
    )
  }
  return part
}

/** Important mail on the days around: no waveId, as any day brings. */
export function importantAround(
  rng: Random,
  person: Person,
  from: number,
  to: number,
  n: number,
  prefix: string,
): Part {
  const part = emptyPart()
  for (let i = 0; i < n; i++) {
    const kind = pickImportant(rng)
    const at = from + Math.floor(rng.next() * (to - from))
    put(
      part,
      importantMail(rng, kind, person, at, `${prefix}-day${i}`),
      importantLabel(kind, person),
    )
  }
  return part
}

/**
 * Every look-alike class inside the wave, known and new senders alternating, shifted by `shift`
 * so that over a language's five wave kinds each class comes from both.
 */
export function looksInside(rng: Random, span: AttackSpan, person: Person, shift: number): Part {
  const part = emptyPart()
  const stems = rng.shuffle(LOOK_STEMS.slice(0, 40))
  LOOK_CLASSES.forEach((cls, i) => {
    const known = (i + shift) % 2 === 0
    const sender = lookSender(rng, cls, stems[i]!, person.lang)
    const at = span.start + Math.floor(rng.next() * Math.max(MINUTE, span.end - span.start))
    const id = `${span.waveId}-look${i}`
    putLook(rng, part, sender, person, at, id, {
      placement: known ? 'wave-known' : 'wave-new',
      waveId: span.waveId,
    })
    if (!known) return
    const room = Math.max(2, Math.floor((span.start - WINDOW.start) / DAY))
    for (let h = 0; h < rng.int(1, 2); h++) {
      const before = span.start - rng.int(1, Math.min(20, room)) * DAY - rng.int(1, 10) * HOUR
      putLook(rng, part, sender, person, before, `${id}-h${h}`, { placement: 'history' })
    }
  })
  return part
}
