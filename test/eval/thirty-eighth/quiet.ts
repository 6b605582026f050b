// The quiet inbox: four weeks of the English charity's public address with no wave. SpamAssassin
// ham and the real corpus redated into the window, every look-alike class in every language
// three times, the charity's own four weeks of mail (a campaign day each week) and its four
// bursts, each on a weekday of its own.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { hamSource } from './background.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASSES } from './look.ts'
import { orgTraffic } from './org-mail.ts'
import type { Org } from './orgs.ts'
import { BURSTS, ownBurst } from './own.ts'
import { placeLook } from './place.ts'
import { DAY, HOUR, WINDOW38 } from './window.ts'

const END = WINDOW38.start + WINDOW38.days * DAY

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  org: Org,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW38,
  )
  ham.forEach((mail, i) => {
    const at = dates[i]!
    const body = mail.text.slice(0, 2_000)
    const m = {
      id: `n38-q-sa-${i}`,
      at,
      from: mail.from,
      subject: mail.subject,
      body,
      to: org.address,
    }
    put(part, m, { label: 'ham', source: hamSource(mail) })
  })
  const realDates = redate(
    real.map((m) => m.date ?? WINDOW38.start),
    WINDOW38,
  )
  real.forEach((mail, i) => {
    const at =
      mail.date === null ? WINDOW38.start + rng.int(0, 27) * DAY + 10 * HOUR : realDates[i]!
    const m = {
      id: `n38-q-real-${i}`,
      at,
      from: mail.from,
      subject: mail.subject,
      body: mail.text.slice(0, 2_000),
      to: org.address,
    }
    put(part, m, { label: 'ham', source: `real/${mail.source}` })
  })
  return part
}

export function quietLookalikes(rng: Random, org: Org): Part {
  const part = emptyPart()
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      for (let i = 0; i < 3; i++) {
        const at = WINDOW38.start + rng.int(1, 27) * DAY + rng.int(7, 21) * HOUR
        const stem = LOOK_STEMS[n % LOOK_STEMS.length]!
        placeLook({ rng, part, org, lang, stem }, cls, 'quiet', at, `n38-q-look-${n++}`)
      }
  return part
}

export function quietOrgParts(rng: Random, org: Org): Part[] {
  const parts: Part[] = []
  for (let week = 0; week < 4; week++) {
    const from = WINDOW38.start + week * 7 * DAY
    const rushAt = from + rng.int(1, 4) * DAY + rng.int(9, 14) * HOUR
    parts.push(
      orgTraffic(rng, org, from, Math.min(END, from + 7 * DAY), {
        prefix: `n38-q-org${week}`,
        placement: () => 'quiet',
        rushAt,
      }),
    )
  }
  // The four bursts, each on its own weekday (Tuesday of each week), none near a wave.
  BURSTS.forEach((burst, i) => {
    const start = WINDOW38.start + (i * 7 + 1) * DAY + rng.int(10, 15) * HOUR
    parts.push(ownBurst(rng, org, burst, start, `n38-q-own${i}`, () => 'quiet'))
  })
  return parts
}
