// The quiet inbox (h-quiet), four weeks: SpamAssassin ham and the real corpus redated into the
// window through the shared helpers, about 60 ordinary mails, the quiet look-alikes (every class
// in every language), the job seeker's applications and later answers, the administrator's mail.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE, WINDOW_34 } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { putLook } from './background.ts'
import { LOOK_CLASSES } from './look/index.ts'
import { adminMail } from './own/admin.ts'
import { applicationDay, laterAnswers } from './own/jobs.ts'
import { ordinaryPart } from './ordinary.ts'
import type { Person } from './people.ts'

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    WINDOW_34,
  )
  ham.forEach((m, i) =>
    put(
      part,
      {
        id: `q34-sa-${i}`,
        at: dates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      {
        label: 'ham',
        source: m.listId ? `spamassassin-list/${m.group}` : `spamassassin/${m.group}`,
      },
    ),
  )
  const realDates = redate(
    real.map((m) => m.date ?? Date.UTC(2024, 0, 1)),
    WINDOW_34,
  )
  real.forEach((m, i) =>
    put(
      part,
      {
        id: `q34-real-${i}`,
        at: realDates[i]! + rng.int(0, 30) * MINUTE,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    ),
  )
  return part
}

export const QUIET_PER_CLASS_AND_LANG = 4

export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  let n = 0
  for (const cls of LOOK_CLASSES)
    for (const lang of LANGUAGES)
      for (let i = 0; i < QUIET_PER_CLASS_AND_LANG; i++) {
        const at =
          WINDOW_34.start +
          rng.int(1, WINDOW_34.days - 1) * DAY +
          rng.int(6, 22) * HOUR +
          rng.int(0, 59) * MINUTE
        putLook(
          part,
          rng,
          cls,
          lang,
          { ...person, lang },
          LOOK_STEMS[n % LOOK_STEMS.length]!,
          at,
          `q34-look-${n}`,
          'quiet',
        )
        n++
      }
  return part
}

export function jobSeeker(rng: Random, person: Person): Part[] {
  const days = [
    { day: 2, langs: ['en', 'de', 'nl'] as const },
    { day: 8, langs: ['fr', 'es'] as const },
    { day: 15, langs: ['pt', 'it', 'en'] as const },
  ]
  const end = WINDOW_34.start + WINDOW_34.days * DAY
  return days.flatMap(({ day, langs }, d) => {
    const start = WINDOW_34.start + day * DAY + rng.int(9, 14) * HOUR
    const { part, applications } = applicationDay(
      rng,
      langs,
      person,
      start,
      rng.int(8, 20),
      `q34-apply-${d}`,
      d * 16,
    )
    return [part, laterAnswers(rng, applications, person, `q34-job-${d}`, end)]
  })
}

export function quietParts(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
  domain: string,
): Part[] {
  return [
    corpusPart(rng, ham, real, person),
    ordinaryPart(rng, person, WINDOW_34.start, WINDOW_34.days),
    quietLookalikes(rng, person),
    ...jobSeeker(rng, person),
    adminMail(rng, person, domain, WINDOW_34.start, WINDOW_34.days),
    emptyPart(),
  ]
}
