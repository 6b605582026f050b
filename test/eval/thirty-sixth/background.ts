// What surrounds a wave: SpamAssassin ham over the days around it, and look-alikes inside its
// span. For a wave of one language the classes and placements rotate over that language's five
// waves, so every class sits inside a wave from a known and from a new sender in every language.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { LOOK_STEMS } from './companies.ts'
import { IMPORTANT_CLASSES, LOOK_CLASSES, type LookClass } from './look/types.ts'
import type { Person } from './people.ts'
import { placeLookalike } from './placed.ts'
import { MINUTE } from './season.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  span: { from: number; to: number },
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const at = span.from + Math.floor(rng.next() * (span.to - span.from))
    const base = { from: mail.from, subject: mail.subject, body: mail.text.slice(0, 2_000) }
    put(
      part,
      { id: `${prefix}-sa-${i}`, at, to: person.address, ...base },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

const EVERYDAY = LOOK_CLASSES.filter((c) => !IMPORTANT_CLASSES.includes(c))
const WHERE = ['wave-known', 'wave-new'] as const

/** The n-th class x placement pair of a list, in turn. */
function pair(classes: readonly LookClass[], n: number) {
  return { cls: classes[Math.floor(n / 2) % classes.length]!, where: WHERE[n % 2]! }
}

export interface InsideWave {
  waveId: string
  /** The wave's language; `multi` draws each look-alike's language. */
  lang: Lang | 'multi'
  person: Person
  start: number
  end: number
  /** Important look-alikes placed in turn (from `importantFrom`), and more drawn freely. */
  important: number
  importantFrom: number
  extraImportant: number
  everyday: number
  everydayFrom: number
}

export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const stems = rng.shuffle(LOOK_STEMS.slice(0, 60))
  const slots = [
    ...Array.from({ length: w.important }, (_, i) => pair(IMPORTANT_CLASSES, w.importantFrom + i)),
    ...Array.from({ length: w.extraImportant }, () => ({
      cls: rng.pick(IMPORTANT_CLASSES),
      where: rng.pick(WHERE),
    })),
    ...Array.from({ length: w.everyday }, (_, i) => pair(EVERYDAY, w.everydayFrom + i)),
  ]
  slots.forEach((slot, i) => {
    const lang = w.lang === 'multi' ? rng.pick(LANGUAGES) : w.lang
    const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
    placeLookalike({
      rng,
      part,
      ...slot,
      lang,
      person: w.person,
      stem: stems[i % stems.length]!,
      at,
      id: `${w.waveId}-look-${i}`,
      waveId: w.waveId,
    })
  })
  return part
}
