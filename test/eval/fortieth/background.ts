// SpamAssassin ham around the waves and in the quiet inbox, and the real corpus, redated into
// this set's window; the quiet look-alikes (every class in every language, three each).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, FORTIETH_WINDOW, HOUR } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASSES, lookMails, lookSender } from './look.ts'
import type { Person } from './people.ts'
import type { Labelled } from './waves.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

function hamMail(mail: HamMail, id: string, at: number, to: string): Labelled {
  return {
    mail: { id, at, from: mail.from, subject: mail.subject, body: mail.text.slice(0, 2_000), to },
    label: { label: 'ham', source: hamSource(mail) },
  }
}

/** count ham mails at random times in [from, to). */
export function hamAround(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Labelled[] {
  if (ham.length === 0) return []
  return Array.from({ length: count }, (_, i) =>
    hamMail(
      rng.pick(ham),
      `${prefix}-sa-${i}`,
      from + Math.floor(rng.next() * (to - from)),
      person.address,
    ),
  )
}

/** Every ham mail once, its date squeezed into the five weeks. */
export function hamRedated(ham: readonly HamMail[], person: Person): Labelled[] {
  const dates = redate(
    ham.map((m) => m.date),
    FORTIETH_WINDOW,
  )
  return ham.map((m, i) => hamMail(m, `n40-q-sa-${i}`, dates[i]!, person.address))
}

export function realRedated(rng: Random, real: readonly RealMail[], person: Person): Labelled[] {
  const known = real.filter((m) => m.date !== null).map((m) => m.date!)
  const dates = redate(known, FORTIETH_WINDOW)
  let next = 0
  return real.map((m, i) => {
    const at =
      m.date !== null
        ? dates[next++]!
        : FORTIETH_WINDOW.start + rng.int(0, 34) * DAY + rng.int(8, 20) * HOUR
    return {
      mail: {
        id: `n40-q-real-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      label: { label: 'ham', source: `real/${m.source}` },
    }
  })
}

/** Every look-alike class in every language, three times, spread over the five weeks. */
export function quietLookalikes(rng: Random, person: Person): Labelled[] {
  const out: Labelled[] = []
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      for (let r = 0; r < 3; r++) {
        const stem = LOOK_STEMS[n % LOOK_STEMS.length]!
        const at = FORTIETH_WINDOW.start + rng.int(10, 34) * DAY + rng.int(7, 22) * HOUR
        const from = lookSender(rng, cls, stem, lang)
        out.push(
          ...lookMails(rng, {
            cls,
            lang,
            person,
            stem,
            from,
            at,
            id: `n40-q-look-${n++}`,
            place: 'quiet',
          }),
        )
      }
  return out
}
