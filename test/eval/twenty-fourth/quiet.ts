// The quiet inbox (h-quiet): four weeks of SpamAssassin ham redated into the window, the real
// corpus, ordinary mail, and the quiet look-alikes (every class in every language, 2-3 each).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, HOUR, MINUTE, TWENTY_FOURTH_WINDOW } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASSES, lookPart, serviceFor } from './lookalike.ts'
import { ordinaryPart } from './ordinary.ts'
import type { Person } from './people.ts'
import { emptyPart, merge, put, type Part } from './records.ts'

const W = TWENTY_FOURTH_WINDOW

function corpus(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    W,
  )
  ham.forEach((m, i) => {
    put(
      part,
      {
        id: `n24-q-sa-${i}`,
        at: dates[i]!,
        from: m.from,
        to: person.address,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
      },
      { label: 'ham', source: hamSource(m) },
    )
  })
  const known = real.filter((m) => m.date !== null).map((m) => m.date!)
  const realDates = redate(known, W)
  let d = 0
  real.forEach((m, i) => {
    const at =
      m.date !== null
        ? realDates[d++]!
        : W.start + rng.int(0, W.days - 1) * DAY + rng.int(8, 20) * HOUR
    put(
      part,
      {
        id: `n24-q-real-${i}`,
        at,
        from: m.from,
        to: person.address,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

function lookalikes(rng: Random, person: Person): Part {
  const parts: Part[] = []
  let n = 0
  LANGUAGES.forEach((lang, l) => {
    LOOK_CLASSES.forEach((cls, c) => {
      const count = (l + c) % 3 === 0 ? 3 : (l + c) % 3 === 1 ? 2 : 3
      const service = serviceFor(rng, cls, LOOK_STEMS[(l * 5 + c) % LOOK_STEMS.length]!, lang)
      for (let i = 0; i < count; i++) {
        const at =
          W.start + rng.int(1, W.days - 1) * DAY + rng.int(6, 22) * HOUR + rng.int(0, 59) * MINUTE
        parts.push(
          lookPart(
            rng,
            cls,
            lang,
            person,
            service,
            at,
            `n24-q-look-${n++}`,
            'quiet',
            undefined,
            i + l,
          ),
        )
      }
    })
  })
  return merge(parts)
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part[] {
  return [
    corpus(rng, ham, real, person),
    ordinaryPart(rng, person, W.start, W.days, 60),
    lookalikes(rng, person),
  ]
}
