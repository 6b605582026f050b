// The quiet inbox of four weeks: SpamAssassin ham redated into the season, the real corpus of
// test/corpus/real, look-alikes of every class in every language, the multilingual household,
// and season bursts the person caused with no wave anywhere near (coupon evening, guest-checkout
// day, event sign-ups, travel day).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { hamSource } from './background.ts'
import { buildBurst } from './bursts/build.ts'
import type { BurstKind } from './bursts/types.ts'
import { LOOK_STEMS } from './companies.ts'
import { householdPart } from './household.ts'
import { LOOK_CLASSES } from './look/types.ts'
import type { Person } from './people.ts'
import { placeLookalike } from './placed.ts'
import { DAY, HOUR, THIRTY_SIXTH_WINDOW as WINDOW } from './season.ts'

const SPAN = WINDOW.days * DAY

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW,
  )
  ham.forEach((mail, i) => {
    const base = { from: mail.from, subject: mail.subject, body: mail.text.slice(0, 2_000) }
    put(
      part,
      { id: `t36-h-sa-${i}`, at: dates[i]!, to: person.address, ...base },
      { label: 'ham', source: hamSource(mail) },
    )
  })
  const known = real.filter((m) => m.date !== null).map((m) => m.date!)
  const realDates = redate(known, WINDOW)
  let k = 0
  real.forEach((mail, i) => {
    const at = mail.date === null ? WINDOW.start + Math.floor(rng.next() * SPAN) : realDates[k++]!
    const base = { from: mail.from, subject: mail.subject, body: mail.text.slice(0, 4_000) }
    put(
      part,
      { id: `t36-h-real-${i}`, at, to: person.address, ...base },
      { label: 'ham', source: `real/${mail.source}` },
    )
  })
  return part
}

/** `perClass` look-alikes of every class in every language, anywhere in the four weeks. */
export function quietLookalikes(rng: Random, person: Person, perClass: number): Part {
  const part = emptyPart()
  const stems = LOOK_STEMS.slice(0, 60)
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      for (let i = 0; i < perClass; i++) {
        // Ticket replies need their sent first mail inside the window too.
        const at = WINDOW.start + 7 * DAY + Math.floor(rng.next() * (SPAN - 7 * DAY))
        const stem = stems[n % stems.length]!
        placeLookalike({
          rng,
          part,
          cls,
          lang,
          person,
          stem,
          at,
          id: `t36-h-look-${n++}`,
          where: 'quiet',
        })
      }
  return part
}

const QUIET_BURSTS: readonly { kind: BurstKind; lang: Lang; day: number; hour: number }[] = [
  { kind: 'coupon', lang: 'de', day: 17, hour: 19 },
  { kind: 'checkout', lang: 'fr', day: 21, hour: 8 },
  { kind: 'events', lang: 'nl', day: 4, hour: 20 },
  { kind: 'travel', lang: 'en', day: 10, hour: 12 },
]

export function quietBursts(rng: Random, person: Person): Part[] {
  const stems = rng.shuffle(LOOK_STEMS.slice(60))
  return QUIET_BURSTS.map(({ kind, lang, day, hour }) =>
    buildBurst(kind, {
      rng,
      lang,
      person,
      start: WINDOW.start + day * DAY + hour * HOUR + rng.int(0, 50) * 60_000,
      prefix: `t36-h-${kind}`,
      where: 'quiet',
      stems,
    }),
  )
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part[] {
  return [
    corpusPart(rng, ham, real, person),
    quietLookalikes(rng, person, 4),
    householdPart(rng, person, WINDOW, 3),
    ...quietBursts(rng, person),
  ]
}
