// What arrives inside a wave besides it: 3-6 important mails, everyday look-alikes and platform
// mail from senders seen before (their earlier mail sits in the inbox days or weeks ahead) and
// from senders new to the inbox, codes the person asked for (from a known and a new service),
// and, for some waves, the earlier everyday mail of a few of the abused companies.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, type Company } from './companies.ts'
import { EVERYDAY_CLASSES, IMPORTANT_CLASSES, type LookClassName } from './look/classes.ts'
import { addLook, lookSender, platformSender, type LookSender } from './look/make.ts'
import { PLATFORM_TEXTS, type PlatformText } from './look/platform.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, put, split, type Part } from './records.ts'
import { NEWSLETTER } from './look/newsletter.ts'
import { lookValues } from './look/values.ts'

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** The earliest moment history may be dated (the window's start). */
  floor: number
  /** The wave's turn among its language's waves (its kind's index), to cycle the classes. */
  turn: number
}

function historyAt(rng: Random, w: InsideWave): number {
  const days = Math.max(1, Math.floor((w.start - w.floor) / DAY) - 1)
  return w.start - rng.int(1, days) * DAY - rng.int(0, 12) * HOUR
}

function one(
  rng: Random,
  part: Part,
  w: InsideWave,
  cls: LookClassName,
  sender: LookSender,
  id: string,
  known: boolean,
  platform?: PlatformText,
): void {
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const where = known ? 'wave-known' : 'wave-new'
  const base = { cls, lang: w.lang, person: w.person, sender, platform }
  addLook(rng, part, { ...base, at, id, where, waveId: w.waveId })
  if (!known) return
  const count = rng.int(1, 3)
  for (let h = 0; h < count; h++)
    addLook(rng, part, { ...base, at: historyAt(rng, w), id: `${id}-h${h}`, where: 'history' })
}

/** `used` carries the senders of an earlier wave of the same inbox, so a new sender stays new. */
export function insideWave(rng: Random, w: InsideWave, used: Set<string> = new Set()): Part {
  const part = emptyPart()
  const stems = rng.shuffle(LOOK_STEMS.filter((s) => !used.has(s)))
  // Classes in turn from a per-language counter, so each language's waves hold every class both
  // from a known and from a new sender: the n-th pick is known in its first round, new in the next.
  const turn = (list: readonly LookClassName[], c: number): [LookClassName, boolean] => [
    list[c % list.length]!,
    Math.floor(c / list.length) % 2 === 0,
  ]
  const important = rng.int(3, 6)
  const everyday = rng.int(5, 8)
  const classes: [LookClassName, boolean][] = [
    ...Array.from({ length: important }, (_, i) => turn(IMPORTANT_CLASSES, w.turn * 3 + i)),
    ['codes', true],
    ['codes', false],
    ...Array.from({ length: everyday }, (_, i) => turn(EVERYDAY_CLASSES, w.turn * 5 + i)),
  ]
  classes.forEach(([cls, known], i) => {
    const stem = stems[i % stems.length]!
    used.add(stem)
    const sender = lookSender(rng, cls, stem, w.lang, w.person)
    one(rng, part, w, cls, sender, `${w.waveId}-look-${i}`, known)
  })
  const platforms = rng
    .shuffle(PLATFORM_TEXTS.filter((p) => p.cls !== 'receipt' && !used.has(p.key)))
    .slice(0, rng.int(4, 6))
  for (const p of platforms) used.add(p.key)
  platforms.forEach((p, i) =>
    one(rng, part, w, p.cls, platformSender(p), `${w.waveId}-plat-${i}`, rng.chance(0.5), p),
  )
  return part
}

/** Earlier everyday mail (newsletters) from 2-4 of the abused companies: a prior customer. */
export function priorCustomer(rng: Random, w: InsideWave, companies: readonly Company[]): Part {
  const part = emptyPart()
  rng
    .shuffle(companies)
    .slice(0, rng.int(2, 4))
    .forEach((c, i) => {
      for (let h = 0; h < rng.int(1, 3); h++) {
        const at = historyAt(rng, w)
        const values = lookValues(rng, c.lang, at, {
          brand: c.name,
          name: w.person.first,
          domain: c.domain,
        })
        const text = split(fill(rng.pick(NEWSLETTER[c.lang]), values))
        put(
          part,
          {
            id: `${w.waveId}-prior-${i}-${h}`,
            at,
            from: `${c.name} <news@${c.domain}>`,
            subject: text.subject,
            body: text.body,
            to: w.person.address,
          },
          { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' },
        )
      }
    })
  return part
}
