// The quiet inbox (h-quiet): four weeks of SpamAssassin ham redated into the window, the real
// corpus, about 60 ordinary mails, the quiet look-alikes (every class x language, three or more
// texts each, with known senders' history and sent-folder precursors) and account bursts that
// fall outside any wave.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type MailLabel } from '../types.ts'
import { hamSource, burstServices } from './background.ts'
import { DAY, HOUR, THIRTY_FIFTH_WINDOW } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { putLook } from './look/index.ts'
import { LOOK_CLASSES } from './look/types.ts'
import { ordinaryPart } from './ordinary.ts'
import { PEOPLE, type Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'
import { putBurst } from './security/index.ts'

const W = THIRTY_FIFTH_WINDOW
const SPAN: [number, number] = [W.start, W.start + W.days * DAY]

function corpus(
  part: Part,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): void {
  const dates = redate(
    ham.map((h) => h.date),
    W,
  )
  ham.forEach((mail, i) =>
    put(
      part,
      {
        id: `t35-h-sa-${i}`,
        at: dates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    ),
  )
  const realDates = redate(
    real.map((r, i) => r.date ?? W.start + i * DAY),
    W,
  )
  real.forEach((mail, i) =>
    put(
      part,
      {
        id: `t35-h-real-${i}`,
        at: realDates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${mail.source}` },
    ),
  )
}

function quietLooks(rng: Random, part: Part, person: Person): void {
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      for (let t = 0; t < 4; t++) {
        const brand = LOOK_STEMS[(n * 7) % LOOK_STEMS.length]!
        const at = SPAN[0] + 3 * DAY + Math.floor(rng.next() * (SPAN[1] - SPAN[0] - 3 * DAY))
        const base = { cls, lang, person: { ...person, lang }, brand, text: t }
        const sent: MailLabel = { label: 'ham', lang, source: `lookalike:sent:${cls}` }
        putLook(rng, part, { ...base, at, id: `t35-h-look-${n}`, where: 'quiet' }, sent)
        if (t === 0 && rng.chance(0.5))
          putLook(rng, part, {
            ...base,
            at: at - rng.int(2, 9) * DAY - rng.int(0, 9) * HOUR,
            id: `t35-h-look-${n}-h`,
            where: 'history',
            text: 1,
          })
        n++
      }
}

export function quietPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  corpus(part, ham, real, person)
  ordinaryPart(rng, part, person, SPAN)
  quietLooks(rng, part, person)
  const bursts = [
    { kind: 'stuffing', lang: 'en', day: 5, n: rng.int(5, 12) },
    { kind: 'stuffing', lang: 'nl', day: 17, n: rng.int(5, 12) },
    { kind: 'hygiene', lang: 'fr', day: 11, n: rng.int(10, 20) },
    { kind: 'phone', lang: 'de', day: 22, n: rng.int(8, 15) },
  ] as const
  bursts.forEach((b, i) =>
    putBurst(rng, part, {
      kind: b.kind,
      lang: b.lang,
      person: { ...PEOPLE[b.lang], address: person.address },
      start: W.start + b.day * DAY + rng.int(18, 21) * HOUR,
      prefix: `t35-h-b${i}`,
      services: burstServices(rng, b.n),
      known: 0.7,
    }),
  )
  return part
}
