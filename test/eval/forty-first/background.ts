// The ham around every scenario: SpamAssassin mail placed on the days around it (wave and own
// scenarios), and for the quiet inbox the whole ham corpus and the real corpus redated into the
// window (as the nineteenth set does).
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { HOUR } from './clock.ts'
import { FORTY_FIRST_WINDOW } from './clock.ts'

function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  address: string,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const at = from + Math.floor(rng.next() * (to - from))
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

/** Every ham mail and every real mail, redated into the window (undated real mail at noon). */
export function corpusPart(
  ham: readonly HamMail[],
  real: readonly RealMail[],
  address: string,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    FORTY_FIRST_WINDOW,
  )
  ham.forEach((mail, i) => {
    put(
      part,
      {
        id: `q41-sa-${i}`,
        at: hamDates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  })
  const dated = real.map((m, i) => m.date ?? FORTY_FIRST_WINDOW.start + i * 12 * HOUR)
  const realDates = redate(dated, FORTY_FIRST_WINDOW)
  real.forEach((mail, i) => {
    put(
      part,
      {
        id: `q41-real-${i}`,
        at: realDates[i]!,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: address,
      },
      { label: 'ham', source: `real/${mail.source}` },
    )
  })
  return part
}
