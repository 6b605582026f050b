// The quiet inbox: four weeks with no wave. The SpamAssassin ham redated into the window, the
// real mails of test/corpus/real, about sixty ordinary mails, and the quiet look-alikes: every
// class in every language two or three times, walking its texts.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, HOUR, MINUTE, TWENTIETH_WINDOW } from './clock.ts'
import { STEMS } from './companies.ts'
import { hamSource } from './inside.ts'
import { LOOK_CLASSES, lookLabel, lookMail, lookSender, sentLabel } from './lookalike/index.ts'
import { ordinaryPart } from './ordinary.ts'
import type { Person } from './people.ts'
import { add, emptyPart, merge, type Part } from './records.ts'

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    TWENTIETH_WINDOW,
  )
  ham.forEach((m, i) =>
    add(
      part,
      {
        id: `t20-q-sa-${i}`,
        at: hamDates[i]!,
        from: m.from,
        to: person.address,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
      },
      { label: 'ham', source: hamSource(m) },
    ),
  )
  const dated = real.filter((m) => m.date !== null)
  const realDates = redate(
    dated.map((m) => m.date!),
    TWENTIETH_WINDOW,
  )
  real.forEach((m, i) => {
    const at =
      m.date === null
        ? TWENTIETH_WINDOW.start +
          rng.int(0, TWENTIETH_WINDOW.days - 1) * DAY +
          rng.int(8, 20) * HOUR
        : realDates[dated.indexOf(m)]!
    add(
      part,
      {
        id: `t20-q-real-${i}`,
        at,
        from: m.from,
        to: person.address,
        subject: m.subject,
        body: m.text.slice(0, 4_000),
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

/** Every class in every language, two or three times (each of its texts in turn). */
export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS)
  let n = 0
  for (const cls of LOOK_CLASSES)
    for (const lang of LANGUAGES) {
      const times = rng.chance(0.55) ? 3 : 2
      for (let j = 0; j < times; j++) {
        const sender = lookSender(rng, cls, stems[n % stems.length]!, lang)
        const day = rng.int(1, TWENTIETH_WINDOW.days - 1)
        const at =
          TWENTIETH_WINDOW.start + day * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
        const mails = lookMail(rng, cls, lang, person, sender, at, `t20-q-look-${n}`, j)
        add(part, mails.main, lookLabel(cls, lang, 'quiet'))
        if (mails.sent) add(part, mails.sent, sentLabel(cls, lang))
        n++
      }
    }
  return part
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const end = TWENTIETH_WINDOW.start + TWENTIETH_WINDOW.days * DAY
  return merge([
    corpusPart(rng, ham, real, person),
    ordinaryPart(rng, person, 60, TWENTIETH_WINDOW.start, end),
    quietLookalikes(rng, person),
  ])
}
