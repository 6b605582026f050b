// The quiet real inbox of three weeks: every SpamAssassin ham message moved into the eleventh
// window (new seed and dates), the real helpdesk thread and replies of test/corpus/real, and the
// everyday automated mail of texts.ts, including a ticket the person opened (label `own`).
import type { Random } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import type { HamMail } from '../../spam-assassin.ts'
import { hamLabel } from '../background.ts'
import { DAY, ELEVENTH_WINDOW, HOUR, MINUTE } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { EVERYDAY, OWN_TICKET, WRITERS } from './texts.ts'

const at = (rng: Random) =>
  ELEVENTH_WINDOW.start +
  rng.int(0, ELEVENTH_WINDOW.days - 1) * DAY +
  rng.int(7, 22) * HOUR +
  rng.int(0, 59) * MINUTE

export function samPart(rng: Random, ham: readonly HamMail[], person: Person): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    ELEVENTH_WINDOW,
  )
  ham.forEach((mail, i) => {
    const when = dates[i]! + rng.int(-9, 9) * MINUTE
    add(
      part,
      record(
        `eleventh-h-ham-${i}`,
        when,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  })
  return part
}

/** The real helpdesk thread keeps its spacing (capped at five days); replies fall anywhere. */
export function realPart(rng: Random, real: readonly RealMail[], person: Person): Part {
  const part = emptyPart()
  const threadStart = ELEVENTH_WINDOW.start + 8 * DAY + 10 * HOUR
  const first = real.find((m) => m.source === 'helpdesk' && m.date !== null)?.date ?? 0
  real.forEach((mail, i) => {
    const when =
      mail.source === 'helpdesk' && mail.date !== null
        ? threadStart + Math.min(5 * DAY, Math.max(0, mail.date - first))
        : at(rng)
    const label = mail.source === 'helpdesk' ? 'own' : 'ham'
    add(
      part,
      record(
        `eleventh-h-real-${i}`,
        when,
        mail.from,
        mail.subject,
        mail.text.slice(0, 4_000),
        person.address,
      ),
      { label, source: `real/${mail.source}` },
    )
  })
  return part
}

function dayText(when: number): string {
  return new Date(when + 2 * DAY).toUTCString().slice(0, 16)
}

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  let i = 0
  for (const mail of EVERYDAY) {
    for (let k = 0; k < mail.count; k++) {
      const when = at(rng)
      const writer = rng.pick(WRITERS)
      const values: Record<string, string> = {
        ...writer,
        n: String(rng.int(100, 9_999)),
        day: dayText(when),
      }
      const f = (s: string) => s.replace(/\{(\w+)\}/gu, (w, key: string) => values[key] ?? w)
      add(
        part,
        record(
          `eleventh-h-day-${i++}`,
          when,
          f(mail.from),
          f(mail.subject),
          f(mail.body),
          person.address,
        ),
        { label: 'ham', lang: mail.lang, source: `everyday/${mail.source}` },
      )
    }
  }
  const opened = ELEVENTH_WINDOW.start + 12 * DAY + 19 * HOUR
  const n = String(rng.int(10_000, 99_999))
  add(
    part,
    record(
      'eleventh-h-ticket-sent',
      opened,
      `${person.name} <${person.address}>`,
      OWN_TICKET.subject,
      'Submitted through the contact form: the left door hinge arrived cracked.',
      'help@thrimondajoinery.co.uk',
      'sent',
    ),
    { label: 'own', lang: 'en', source: 'everyday/ticket' },
  )
  let when = opened
  OWN_TICKET.steps.forEach((step, s) => {
    when += step.after * MINUTE
    const f = (t: string) => t.replace('{subject}', OWN_TICKET.subject).replace('{n}', n)
    add(
      part,
      record(
        `eleventh-h-ticket-${s}`,
        when,
        OWN_TICKET.from,
        f(step.wrap),
        f(step.body),
        person.address,
      ),
      { label: 'own', lang: 'en', source: 'everyday/ticket' },
    )
  })
  return part
}
