// The quiet inbox: the English team lead's four weeks. SpamAssassin ham (every message, redated
// into the window), the real corpus (redated), three look-alikes per class and language, the
// team's automated streams every working day, and four sign-up bursts of the person's own, each
// on a Tuesday with no wave in this inbox.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { hamSource, streamPart } from './background.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASSES, placeLook } from './look.ts'
import { ownBurst } from './own.ts'
import { PERSONAS } from './personas.ts'
import { DAY, HOUR, MINUTE, WINDOW } from './window.ts'

const READER = PERSONAS.teamlead.en

function corpusPart(ham: readonly HamMail[], real: readonly RealMail[]): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW,
  )
  ham.forEach((m, i) => {
    const mail = {
      id: `n39-h-sa-${i}`,
      at: dates[i]!,
      from: m.from,
      subject: m.subject,
      body: m.text.slice(0, 2_000),
      to: READER.address,
    }
    put(part, mail, { label: 'ham', source: hamSource(m) })
  })
  const realDates = redate(
    real.map((m, i) => m.date ?? Date.UTC(2024, 0, 1 + i)),
    WINDOW,
  )
  real.forEach((m, i) => {
    const mail = {
      id: `n39-h-real-${i}`,
      at: realDates[i]!,
      from: m.from,
      subject: m.subject,
      body: m.text.slice(0, 2_000),
      to: READER.address,
    }
    put(part, mail, { label: 'ham', source: `real/${m.source}` })
  })
  return part
}

function lookPart(rng: Random): Part {
  const part = emptyPart()
  let n = 0
  for (const cls of LOOK_CLASSES)
    for (const lang of LANGUAGES)
      for (let c = 0; c < 3; c++) {
        const at =
          WINDOW.start + rng.int(10, 27) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
        placeLook(rng, part, {
          cls,
          lang,
          reader: READER,
          stem: LOOK_STEMS[n % LOOK_STEMS.length]!,
          at,
          id: `n39-h-look-${n}`,
          where: 'quiet',
        })
        n++
      }
  return part
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
): Part[] {
  const bursts = [1, 8, 15, 22].map((d) => {
    const start = WINDOW.start + d * DAY + rng.int(9, 16) * HOUR + rng.int(0, 59) * MINUTE
    const services = rng.shuffle(READER.services.map((_, i) => i)).slice(0, rng.int(3, 5))
    return ownBurst(rng, {
      persona: READER,
      start,
      prefix: `n39-h-b${d}`,
      where: 'outside',
      services,
    })
  })
  return [
    corpusPart(ham, real),
    lookPart(rng),
    streamPart(rng, READER, WINDOW.start, WINDOW.days, 'n39-h'),
    ...bursts,
  ]
}
