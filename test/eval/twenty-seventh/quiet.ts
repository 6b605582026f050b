// The four-week quiet inbox: all SpamAssassin ham redated into the window (shared helper), the
// real corpus, the ordinary mails and the quiet look-alikes of every class and language.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, HOUR, WINDOW } from './clock.ts'
import { hamSource } from './ham.ts'
import { LOOK_CLASS_NAMES, LOOK_TEXT } from './look/index.ts'
import { putLook } from './lookalike.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

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
  ham.forEach((mail, i) =>
    put(
      part,
      {
        id: `n27-h-sa-${i}`,
        at: dates[i]!,
        from: mail.from,
        to: person.address,
        subject: mail.subject,
        text: mail.text.slice(0, 2_000),
        full: rng.chance(0.34),
      },
      { label: 'ham', source: hamSource(mail) },
    ),
  )
  const realDates = redate(
    real.map((m, i) => m.date ?? Date.UTC(2024, 0, 1 + i)),
    WINDOW,
  )
  real.forEach((mail, i) =>
    put(
      part,
      {
        id: `n27-h-real-${i}`,
        at: realDates[i]!,
        from: mail.from,
        to: person.address,
        subject: mail.subject,
        text: mail.text.slice(0, 2_000),
        full: true,
      },
      { label: 'ham', source: `real:${mail.source}` },
    ),
  )
  return part
}

/** Every class x language x text, most of them kept (about 250 in all). */
export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASS_NAMES)
      LOOK_TEXT[lang].texts[cls].forEach((_, text) => {
        if (text > 0 && !rng.chance(0.85)) return
        const at =
          WINDOW.start +
          rng.int(1, WINDOW.days - 1) * DAY +
          rng.int(7, 22) * HOUR +
          rng.int(0, 3_599_000)
        putLook(rng, part, {
          cls,
          lang,
          at,
          where: 'quiet',
          id: `n27-h-look-${lang}-${cls}-${text}`,
          person,
          text,
        })
      })
  return part
}
