// What surrounds a wave besides the person's work mail: SpamAssassin ham over the days around
// it, and look-alike mail inside its span from senders seen before (their earlier mail sits days
// ahead, source `history`) and from senders new to the inbox. Classes and placements rotate with
// the wave's kind so every class sits inside a wave from a known and a new sender per language.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { DAY, HOUR, MINUTE } from '../nineteenth/clock.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { LOOK_STEMS } from './companies.ts'
import { lookLabel, lookMail, lookSender, vendorPrecursor } from './look/index.ts'
import { EVERYDAY_CLASSES, IMPORTANT_CLASSES, type LookClass } from './look/types.ts'
import type { Person } from './people.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  range: { from: number; to: number },
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const at = range.from + Math.floor(rng.next() * (range.to - range.from))
    const body = mail.text.slice(0, 2_000)
    const record = { id: `${prefix}-sa-${i}`, at, from: mail.from, subject: mail.subject, body }
    put(part, { ...record, to: person.address }, { label: 'ham', source: hamSource(mail) })
  }
  return part
}

export interface InsideWave {
  waveId: string
  person: Person
  start: number
  end: number
  /** The wave's kind index: rotates classes and placements. */
  k: number
  importantCount: number
}

type Where = 'wave-known' | 'wave-new'

function oneLook(rng: Random, part: Part, w: InsideWave, cls: LookClass, where: Where, i: number) {
  const sender = lookSender(rng, cls, LOOK_STEMS[(w.k * 13 + i) % LOOK_STEMS.length]!, w.person)
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const id = `${w.waveId}-look-${i}`
  let fixed: Record<string, string> = {}
  if (cls === 'vendor-ticket') {
    const thread = vendorPrecursor(rng, w.person, sender, at, `${id}-sent`)
    put(part, thread.sent, lookLabel(cls, w.person.lang, 'sent'))
    fixed = thread.fixed
  }
  put(part, lookMail(rng, cls, w.person, sender, at, id, fixed), {
    ...lookLabel(cls, w.person.lang, where, w.waveId),
  })
  if (where === 'wave-new') return
  const earlier = rng.int(1, 3)
  for (let h = 0; h < earlier; h++) {
    const before = w.start - rng.int(2, 20) * DAY - rng.int(0, 10) * HOUR
    const mail = lookMail(rng, cls, w.person, sender, before, `${id}-h${h}`)
    put(part, mail, lookLabel(cls, w.person.lang, 'history'))
  }
}

/** Every everyday class once, and `importantCount` (at least three) important ones. */
export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  let i = 0
  EVERYDAY_CLASSES.forEach((cls, c) => {
    oneLook(rng, part, w, cls, (w.k + c) % 2 === 0 ? 'wave-known' : 'wave-new', i++)
  })
  for (let j = 0; j < Math.max(3, w.importantCount); j++) {
    const idx = 3 * w.k + j
    const cls = j < 3 ? IMPORTANT_CLASSES[idx % 4]! : rng.pick(IMPORTANT_CLASSES)
    const known = j < 3 ? Math.floor(idx / 4) % 2 === 0 : rng.chance(0.5)
    oneLook(rng, part, w, cls, known ? 'wave-known' : 'wave-new', i++)
  }
  return part
}
