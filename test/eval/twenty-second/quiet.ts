// The quiet inbox of four weeks: SpamAssassin ham and the real corpus redated into the window,
// sixty ordinary mails, and the quiet look-alikes (every class in every language, two or three
// texts each, some senders with earlier mail).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, HOUR, TWENTY_SECOND_WINDOW as W } from './clock.ts'
import { STEMS } from './companies.ts'
import { brandFor, LOOK_CLASSES, lookMails, lookSender } from './lookalike.ts'
import { ordinaryMail } from './ordinary.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

const END = W.start + W.days * DAY

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((h) => h.date),
    W,
  )
  ham.forEach((mail, i) => {
    put(
      part,
      {
        id: `n22-q-sa-${i}`,
        at: dates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  })
  real.forEach((mail, i) => {
    const at = W.start + rng.int(0, W.days - 1) * DAY + rng.int(7, 22) * HOUR
    put(
      part,
      {
        id: `n22-q-real-${i}`,
        at,
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

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  for (let i = 0; i < 60; i++) {
    const { mail, source } = ordinaryMail(rng, i)
    const at = W.start + Math.floor(rng.next() * (END - W.start))
    put(part, { ...mail, id: `n22-q-ord-${i}`, at, to: person.address }, { label: 'ham', source })
  }
  const stems = rng.shuffle(STEMS)
  let n = 0
  for (const cls of LOOK_CLASSES)
    for (const lang of LANGUAGES) {
      const count = rng.chance(0.55) ? 3 : 2
      for (let k = 0; k < count; k++) {
        const brand = brandFor(rng, stems[n % stems.length]!, lang)
        const from = lookSender(rng, cls, brand)
        const at = W.start + 7 * DAY + Math.floor(rng.next() * (END - W.start - 7 * DAY))
        const id = `n22-q-look-${n++}`
        for (const m of lookMails(rng, cls, lang, person, brand, from, at, id, 'quiet'))
          put(part, m.mail, m.label)
      }
    }
  return part
}
