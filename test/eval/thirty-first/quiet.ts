// The quiet inbox of four weeks: SpamAssassin ham and the real corpus redated into the window
// (the shared redate helper), about sixty ordinary mails, the quiet look-alikes (every class in
// every language, three each) and everyday platform mail (about 300).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, THIRTY_FIRST_WINDOW as W } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASS_NAMES } from './look/classes.ts'
import { addLook, lookSender, platformSender } from './look/make.ts'
import { PLATFORM_TEXTS } from './look/platform.ts'
import { ordinaryPart } from './ordinary.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { emptyPart, merge, put, type Part } from './records.ts'

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  hamCount = 1_300,
): Part {
  const part = emptyPart()
  const picked = rng.shuffle(ham).slice(0, hamCount)
  const dates = redate(
    picked.map((m) => m.date),
    W,
  )
  picked.forEach((m, i) =>
    put(
      part,
      {
        id: `n31-q-sa-${i}`,
        at: dates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: QUIET_PERSON.address,
      },
      { label: 'ham', source: hamSource(m) },
    ),
  )
  const dated = real.filter((m) => m.date !== null)
  const realDates = redate(
    dated.map((m) => m.date!),
    W,
  )
  real.forEach((m, i) => {
    const index = dated.indexOf(m)
    const at =
      index < 0 ? W.start + rng.int(0, W.days - 1) * DAY + rng.int(0, DAY - 1) : realDates[index]!
    put(
      part,
      {
        id: `n31-q-real-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: QUIET_PERSON.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

export function everydayPart(rng: Random): Part {
  const part = emptyPart()
  const at = () => W.start + Math.floor(rng.next() * W.days * DAY)
  let n = 0
  for (const lang of LANGUAGES) {
    const person = PEOPLE[lang]
    for (const cls of LOOK_CLASS_NAMES)
      for (let i = 0; i < 3; i++) {
        const sender = lookSender(rng, cls, rng.pick(LOOK_STEMS), lang, person)
        addLook(rng, part, {
          cls,
          lang,
          person,
          sender,
          at: at(),
          id: `n31-q-look-${n++}`,
          where: 'quiet',
        })
      }
    for (const p of PLATFORM_TEXTS)
      for (let i = 0; i < 4; i++)
        addLook(rng, part, {
          cls: p.cls,
          lang,
          person,
          sender: platformSender(p),
          at: at(),
          id: `n31-q-plat-${n++}`,
          where: 'quiet',
          platform: p,
        })
  }
  merge(part, ordinaryPart(rng, QUIET_PERSON, W.start, W.days))
  return part
}
