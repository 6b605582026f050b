// The quiet inbox's own parts: the real corpus redated into the window, the everyday look-alikes
// of every class in every language, and one of each burst of the person's own life per language.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { LANGUAGES } from '../types.ts'
import { buildBurst } from './bursts/build.ts'
import { BURST_KINDS } from './bursts/types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { lookBrand } from './companies.ts'
import { LOOK_TEXT } from './look/index.ts'
import { putLook } from './look/make.ts'
import { LOOK_CLASSES } from './look/types.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

const someDay = (rng: Random, start: number, days: number) =>
  start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE

export function realPart(
  rng: Random,
  real: readonly RealMail[],
  person: Person,
  start: number,
  days: number,
): Part {
  const part = emptyPart()
  const base = someDay(rng, start, days - 10)
  real.forEach((m, i) => {
    const at =
      m.source === 'helpdesk' ? base + i * rng.int(2, 20) * HOUR : someDay(rng, start, days)
    put(
      part,
      {
        id: `n30-h-real-${i}`,
        at,
        from: m.from,
        to: person.address,
        subject: m.subject,
        body: m.text.slice(0, 3_000),
      },
      { label: 'ham', source: `real:${m.source}` },
    )
  })
  return part
}

/** Every look-alike class in every language: two or three texts each (about 250 mails). */
export function quietLookalikes(rng: Random, person: Person, start: number, days: number): Part {
  const part = emptyPart()
  const used = new Set<string>()
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      LOOK_TEXT[cls][lang].forEach((_, text) => {
        if (text >= 2 && !rng.chance(0.55)) return
        const brand = lookBrand(rng, lang, used)
        putLook(part, rng, {
          cls,
          lang,
          person,
          brand,
          at: someDay(rng, start + DAY, days - 1),
          id: `n30-h-look-${n++}`,
          where: 'quiet',
          text,
        })
      })
  return part
}

/** One of each burst kind per language, on an evening or a morning of the window. */
export function quietBursts(rng: Random, person: Person, start: number, days: number): Part[] {
  const used = new Set<string>()
  return LANGUAGES.flatMap((lang) =>
    BURST_KINDS.map((kind) => {
      const at =
        start +
        rng.int(1, days - 2) * DAY +
        rng.pick([7, 8, 19, 20, 21]) * HOUR +
        rng.int(0, 50) * MINUTE
      return buildBurst(rng, {
        kind,
        lang,
        person,
        start: at,
        prefix: `n30-h-${kind}-${lang}`,
        used,
      })
    }),
  )
}
