// The quiet inbox: four weeks of the English new employee with no attack at all. SpamAssassin
// ham (easy and hard) and the real corpus redated into the window, every look-alike class in
// every language twice, the persona's everyday mail, its two large bursts (the new job and the
// new work phone) and three ordinary ones.
import { DAY, HOUR } from '../nineteenth/clock.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { hamSource, importantAround } from './background.ts'
import { buildBurst } from './bursts.ts'
import { LOOK_STEMS } from './companies.ts'
import { lookSender, putLook } from './look.ts'
import { buildOrdinary } from './own.ts'
import { personOf, type Person } from './people.ts'
import { personaWeeks } from './personas.ts'
import { dayTime, WINDOW } from './plans.ts'
import { LOOK_CLASSES } from './types.ts'

export const QUIET_PERSON: Person = personOf('en', 'employee')

function corpus(rng: Random, ham: readonly HamMail[], real: readonly RealMail[]): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW,
  )
  ham.forEach((mail, i) => {
    const record = { id: `n42-q-sa-${i}`, at: dates[i]!, from: mail.from, subject: mail.subject }
    const body = mail.text.slice(0, 2_000)
    put(
      part,
      { ...record, body, to: QUIET_PERSON.address },
      { label: 'ham', source: hamSource(mail) },
    )
  })
  const known = real.map((m) => m.date ?? WINDOW.start)
  const realDates = redate(known, { start: WINDOW.start + 2 * DAY, days: 24 })
  real.forEach((mail, i) => {
    const at = mail.date === null ? dayTime(rng, rng.int(1, 26), 8, 20) : realDates[i]!
    const record = { id: `n42-q-real-${i}`, at, from: mail.from, subject: mail.subject }
    const body = mail.text.slice(0, 2_000)
    put(
      part,
      { ...record, body, to: QUIET_PERSON.address },
      { label: 'ham', source: `real:${mail.source}` },
    )
  })
  return part
}

/** Every class in every language twice, from a sender with history in the quiet inbox. */
function quietLooks(rng: Random): Part {
  const part = emptyPart()
  LANGUAGES.forEach((lang, l) => {
    const person = { ...QUIET_PERSON, lang }
    LOOK_CLASSES.forEach((cls, c) => {
      const sender = lookSender(rng, cls, LOOK_STEMS[(l * 7 + c) % 40]!, lang)
      for (let i = 0; i < 2; i++) {
        const at = WINDOW.start + rng.int(9, 27) * DAY - rng.int(1, 14) * HOUR
        putLook(rng, part, sender, person, at, `n42-q-look-${lang}-${cls}-${i}`, {
          placement: 'quiet',
        })
      }
    })
  })
  return part
}

export function buildQuiet(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
): Part[] {
  const person = QUIET_PERSON
  const parts = [corpus(rng, ham, real), quietLooks(rng), personaWeeks(rng, person, 'n42-q')]
  parts.push(
    buildBurst(rng, {
      kind: 'job',
      person,
      start: dayTime(rng, 0, 9, 11),
      burstId: 'n42-q-b0',
      stemOffset: 0,
    }),
  )
  parts.push(
    buildBurst(rng, {
      kind: 'phone',
      person,
      start: dayTime(rng, 15, 18, 21),
      burstId: 'n42-q-b1',
      stemOffset: 20,
    }),
  )
  for (const o of [0, 1, 2])
    parts.push(buildOrdinary(rng, person, dayTime(rng, 5 + o * 8, 8, 21), `n42-q-o${o}`, o * 7))
  parts.push(
    importantAround(rng, person, WINDOW.start, WINDOW.start + WINDOW.days * DAY, 12, 'n42-q'),
  )
  return parts
}
