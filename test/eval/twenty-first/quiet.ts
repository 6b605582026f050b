// The four-week quiet inbox: all SpamAssassin ham and the real corpus redated into the window
// (shared redate.ts), ordinary mail written for this set, and the quiet look-alikes (two or three
// of every class in every language).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource } from './background.ts'
import { DAY, HOUR, MINUTE, TWENTY_FIRST_WINDOW } from './clock.ts'
import { makeCompany, STEMS } from './companies.ts'
import { LOOK_CLASSES, lookLabel, lookMails, lookSender } from './lookalike.ts'
import { ORDINARY } from './ordinary.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

const W = TWENTY_FIRST_WINDOW

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    W,
  )
  ham.forEach((m, i) => {
    const mail = {
      id: `n21-q-sa-${i}`,
      at: hamDates[i]!,
      from: m.from,
      subject: m.subject,
      body: m.text.slice(0, 2_000),
      to: person.address,
    }
    put(part, mail, { label: 'ham', source: hamSource(m) })
  })
  const dated = real.filter((m) => m.date !== null)
  const realDates = redate(
    dated.map((m) => m.date!),
    W,
  )
  real.forEach((m, i) => {
    const j = dated.indexOf(m)
    const at =
      j >= 0 ? realDates[j]! : W.start + rng.int(0, W.days - 1) * DAY + rng.int(8, 20) * HOUR
    put(
      part,
      {
        id: `n21-q-real-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 4_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  const at = () =>
    W.start + rng.int(0, W.days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
  ORDINARY.forEach((o, i) => {
    const values = { n: String(rng.int(100, 9999)), name: person.first }
    const fillIn = (t: string) => t.replace(/\{(\w+)\}/gu, (w, k: string) => values[k as 'n'] ?? w)
    put(
      part,
      {
        id: `n21-q-ord-${i}`,
        at: at(),
        from: o.from,
        subject: fillIn(o.subject),
        body: fillIn(o.body),
        to: person.address,
      },
      { label: 'ham', source: `ordinary:${o.kind}` },
    )
  })
  const stems = rng.shuffle(STEMS)
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES) {
      const count = rng.int(2, 3)
      for (let i = 0; i < count; i++) {
        const sender = lookSender(rng, cls, makeCompany(stems[n % stems.length]!, lang, rng))
        for (const m of lookMails(rng, cls, lang, person, sender, at(), `n21-q-look-${n}`))
          put(
            part,
            m.mail,
            m.sent
              ? { label: 'ham', lang, source: `sent:${cls.key}` }
              : lookLabel(cls, lang, 'quiet'),
          )
        n++
      }
    }
  return part
}
