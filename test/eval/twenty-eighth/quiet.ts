// The quiet inbox (h-quiet): four weeks of SpamAssassin ham and the real corpus redated into the
// window, the ordinary mails, about 250 look-alikes of the fourteen classes plus bills, about 70
// acknowledgements the person caused (alone, never a burst) and their event registrations.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, HOUR, MINUTE, WINDOW28 } from './clock.ts'
import { BRIEF_CLASSES, LOOK_TEXT, type LookClass } from './look/index.ts'
import { lookMail } from './look/mail.ts'
import { ordinaryPart } from './ordinary.ts'
import type { Person } from './people.ts'
import { emptyPart, merge, put, type Part } from './records.ts'

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW28,
  )
  ham.forEach((m, i) => {
    put(
      part,
      {
        id: `n28-h-sa-${i}`,
        at: dates[i]!,
        name: '',
        address: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(m) },
    )
  })
  const realDates = redate(
    real.map((m) => m.date ?? WINDOW28.start),
    WINDOW28,
  )
  real.forEach((m, i) => {
    const at =
      m.date === null
        ? WINDOW28.start + rng.int(0, 27) * DAY + rng.int(8, 20) * HOUR
        : realDates[i]!
    put(
      part,
      {
        id: `n28-h-real-${i}`,
        at,
        name: '',
        address: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

/** Somewhere in the window, in waking hours. */
function someTime(rng: Random): number {
  return WINDOW28.start + rng.int(1, 27) * DAY + rng.int(7 * 60, 22 * 60) * MINUTE
}

export function lookalikePart(rng: Random, person: Person): Part {
  const parts: Part[] = []
  const add = (cls: LookClass, keep: number) => {
    for (const lang of LANGUAGES) {
      const n = LOOK_TEXT[cls][lang].length
      for (let t = 0; t < n; t++)
        if (t === 0 || rng.chance(keep))
          parts.push(
            lookMail(rng, {
              cls,
              lang,
              where: 'quiet',
              text: t,
              at: someTime(rng),
              person,
              id: `n28-h-look-${cls}-${lang}-${t}`,
            }),
          )
    }
  }
  for (const cls of BRIEF_CLASSES) add(cls, 0.8)
  add('bills', 0.5)
  add('own-event', 1)
  for (const lang of LANGUAGES)
    for (let i = 0; i < 12; i++) {
      if (i >= 6 && !rng.chance(0.6)) continue
      parts.push(
        lookMail(rng, {
          cls: 'own-ack',
          lang,
          where: 'quiet',
          text: i,
          at: someTime(rng),
          person,
          id: `n28-h-ack-${lang}-${i}`,
        }),
      )
    }
  return merge(parts)
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part[] {
  return [
    corpusPart(rng, ham, real, person),
    ordinaryPart(rng, person, WINDOW28.start, 28),
    lookalikePart(rng, person),
  ]
}
