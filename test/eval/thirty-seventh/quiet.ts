// The quiet inbox's own parts: every SpamAssassin ham message and the real corpus, redated into
// the four weeks (each keeps its time of day and the order of its days), and the look-alikes of
// every class in every language, three each, with the person's sent first mails to vendors.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, HOUR } from '../nineteenth/clock.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { hamSource } from './background.ts'
import { LOOK_STEMS } from './companies.ts'
import { lookLabel, lookMail, lookSender, vendorPrecursor } from './look/index.ts'
import { LOOK_CLASSES } from './look/types.ts'
import type { Person } from './people.ts'

export interface Window {
  start: number
  days: number
}

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
  window: Window,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    window,
  )
  ham.forEach((mail, i) => {
    const body = mail.text.slice(0, 2_000)
    const record = { id: `q37-sa-${i}`, at: hamDates[i]!, from: mail.from, subject: mail.subject }
    put(part, { ...record, body, to: person.address }, { label: 'ham', source: hamSource(mail) })
  })
  const dated = real.filter((m) => m.date !== null)
  const realDates = redate(
    dated.map((m) => m.date!),
    window,
  )
  real.forEach((mail, i) => {
    const d = dated.indexOf(mail)
    const at = d >= 0 ? realDates[d]! : window.start + rng.int(0, window.days - 1) * DAY + 11 * HOUR
    const record = { id: `q37-real-${i}`, at, from: mail.from, subject: mail.subject }
    const body = mail.text.slice(0, 2_000)
    put(
      part,
      { ...record, body, to: person.address },
      { label: 'ham', source: `real/${mail.source}` },
    )
  })
  return part
}

/** Every class in every language, three each, at working-hour times across the window. */
export function quietLookalikes(rng: Random, person: Person, window: Window): Part {
  const part = emptyPart()
  let n = 0
  for (const lang of LANGUAGES) {
    // The quiet person also gets mail in the other six languages (customers, vendors, lists).
    const reader: Person = { ...person, lang }
    for (const cls of LOOK_CLASSES) {
      for (let i = 0; i < 3; i++) {
        const stem = LOOK_STEMS[n % LOOK_STEMS.length]!
        const sender = lookSender(rng, cls, stem, reader)
        const at =
          window.start +
          rng.int(1, window.days - 1) * DAY +
          rng.int(7, 20) * HOUR +
          rng.int(0, 59) * 60_000
        const id = `q37-look-${n++}`
        let fixed: Record<string, string> = {}
        if (cls === 'vendor-ticket') {
          const thread = vendorPrecursor(rng, reader, sender, at, `${id}-sent`)
          put(part, thread.sent, lookLabel(cls, lang, 'sent'))
          fixed = thread.fixed
        }
        put(part, lookMail(rng, cls, reader, sender, at, id, fixed), lookLabel(cls, lang, 'quiet'))
      }
    }
  }
  return part
}
