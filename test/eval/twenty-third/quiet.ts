// The quiet inbox (h-quiet): four weeks of SpamAssassin ham redated into the window through the
// shared helper, the real corpus, about 60 ordinary mails, and about 250 look-alikes in every
// class and language (texts 1 and 2 always, the third about half the time).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, HOUR, WINDOW23 } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { addLookalike, LOOK_CLASSES, lookLabel, lookSender } from './lookalike.ts'
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
    WINDOW23,
  )
  ham.forEach((m, i) => {
    const mail = {
      id: `q23-sa-${i}`,
      at: dates[i]!,
      from: m.from,
      subject: m.subject,
      to: person.address,
    }
    put(part, { ...mail, body: m.text.slice(0, 2_000) }, { label: 'ham', source: hamSource(m) })
  })
  const known = real.filter((m) => m.date !== null).map((m) => m.date!)
  const realDates = redate(known, WINDOW23)
  let k = 0
  real.forEach((m, i) => {
    const at =
      m.date !== null
        ? realDates[k++]!
        : WINDOW23.start + rng.int(0, 27) * DAY + rng.int(8, 20) * HOUR
    const mail = { id: `q23-real-${i}`, at, from: m.from, subject: m.subject, to: person.address }
    put(
      part,
      { ...mail, body: m.text.slice(0, 4_000) },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  let n = 0
  for (const cls of LOOK_CLASSES)
    for (const lang of LANGUAGES)
      for (let t = 0; t < 3; t++) {
        if (t === 2 && !rng.chance(0.55)) continue
        const texts = { ...cls, texts: { ...cls.texts, [lang]: [cls.texts[lang][t]!] } }
        const sender = lookSender(rng, cls, rng.pick(LOOK_STEMS), person)
        const at =
          WINDOW23.start + rng.int(1, 27) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 3_599_999)
        addLookalike(
          rng,
          part,
          texts,
          lang,
          person,
          sender,
          at,
          `q23-look-${n++}`,
          lookLabel(cls, lang, 'quiet'),
        )
      }
  return part
}
