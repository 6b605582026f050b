// The quiet inbox of four weeks: SpamAssassin ham and the real corpus redated into the window,
// the set's ordinary automated mail, and look-alikes of every class in every language (senders
// recur, as a person's regular services do). Nothing in it is a wave.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, MINUTE, NINETEENTH_WINDOW } from './clock.ts'
import { STEMS } from './companies.ts'
import { brandFor, LOOK_CLASSES, lookLabel, lookMail, lookSender } from './lookalike/index.ts'
import { ordinaryMail } from './ordinary.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

const SPAN = NINETEENTH_WINDOW.days * DAY

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    NINETEENTH_WINDOW,
  )
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-7, 7) * MINUTE
    put(
      part,
      {
        id: `n19-h-sa-${i}`,
        at,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  })
  const realDates = redate(
    real.map((m) => m.date ?? NINETEENTH_WINDOW.start),
    { start: NINETEENTH_WINDOW.start + 3 * DAY, days: 20 },
  )
  real.forEach((mail, i) => {
    put(
      part,
      {
        id: `n19-h-real-${i}`,
        at: realDates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${mail.source}` },
    )
  })
  return part
}

export function everydayPart(rng: Random, person: Person, lookPerLang: number): Part {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS)
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES) {
      const sender = lookSender(rng, cls, brandFor(rng, stems[n % stems.length]!, lang))
      for (let k = 0; k < lookPerLang; k++) {
        const at = NINETEENTH_WINDOW.start + Math.floor(rng.next() * SPAN)
        put(
          part,
          lookMail(rng, cls, lang, person, sender, at, `n19-h-look-${n}-${k}`),
          lookLabel(cls, lang, 'quiet'),
        )
      }
      n++
    }
  for (let i = 0; i < 60; i++) {
    const at = NINETEENTH_WINDOW.start + Math.floor(rng.next() * SPAN)
    put(
      part,
      { id: `n19-h-ordinary-${i}`, at, to: person.address, ...ordinaryMail(rng, person) },
      { label: 'ham', source: 'ordinary' },
    )
  }
  return part
}
