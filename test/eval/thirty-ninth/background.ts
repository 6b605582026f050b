// What surrounds the sign-up mail: SpamAssassin ham over the days around it, the persona's
// everyday automated streams (the same senders every day; the team lead's build, issue and chat
// notices many per working hour), and look-alikes inside a wave's span, from known and new senders.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, numeric, put, type Part } from '../nineteenth/records.ts'
import { LOOK_STEMS } from './companies.ts'
import { EVERYDAY_CLASSES, IMPORTANT_CLASSES, placeLook, type LookClass } from './look.ts'
import { STREAMS } from './persona-texts.ts'
import type { Persona } from './personas.ts'
import { split } from './render.ts'
import { DAY, HOUR, MINUTE } from './window.ts'

export function hamSource(mail: HamMail): string {
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
    const body = mail.text.slice(0, 2_000)
    put(
      part,
      { id: `${prefix}-sa-${i}`, at, from: mail.from, subject: mail.subject, body, to: address },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

/** When a stream mails within one day: per working hour for the team lead, per day otherwise. */
function times(rng: Random, persona: Persona, day: number, rate: [number, number]): number[] {
  const weekday = new Date(day).getUTCDay()
  if (persona.kind === 'teamlead') {
    if (weekday === 0 || weekday === 6) return []
    return Array.from({ length: 9 }, (_, h) => h + 9).flatMap((h) =>
      Array.from({ length: rng.int(...rate) }, () => day + h * HOUR + rng.int(0, 59) * MINUTE),
    )
  }
  return Array.from(
    { length: rng.int(...rate) },
    () => day + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE,
  )
}

export interface Span {
  start: number
  end: number
}

/** The persona's streams over whole days; important stream mail never lands inside `keepOut`. */
export function streamPart(
  rng: Random,
  persona: Persona,
  from: number,
  days: number,
  prefix: string,
  keepOut?: Span,
): Part {
  const part = emptyPart()
  const l = LANGUAGES.indexOf(persona.lang)
  let build = rng.int(1_000, 9_000)
  for (let d = 0; d < days; d++) {
    const day = Math.floor(from / DAY) * DAY + d * DAY
    for (const stream of STREAMS[persona.kind]) {
      const tool = persona.tools[stream.key]!
      times(rng, persona, day, stream.rate).forEach((at0, i) => {
        const inside = keepOut && at0 >= keepOut.start && at0 <= keepOut.end
        const at =
          stream.label === 'important' && inside ? keepOut.end + rng.int(10, 90) * MINUTE : at0
        const values = {
          item: rng.pick(tool.items),
          n: String(stream.key === 'ci' ? build++ : rng.int(2, 30)),
          ref: numeric(rng, 6),
        }
        const { subject, body } = split(stream.texts[l]!, values)
        const id = `${prefix}-st-${stream.key}-${d}-${i}`
        put(
          part,
          { id, at, from: tool.from, subject, body, to: persona.address },
          {
            label: stream.label,
            lang: persona.lang,
            source: `persona:${persona.kind}:${stream.key}`,
          },
        )
      })
    }
  }
  return part
}

export interface InsideWave {
  waveId: string
  persona: Persona
  span: Span
  /** Which of the two placements each class takes in this wave (rotates with the kind). */
  turn: number
}

/** Every everyday class and 4-6 important ones inside the span, known and new senders in turn. */
export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const stems = rng.shuffle(LOOK_STEMS)
  const extra = Array.from({ length: rng.int(0, 2) }, () => rng.pick(IMPORTANT_CLASSES))
  const classes: LookClass[] = [...EVERYDAY_CLASSES, ...IMPORTANT_CLASSES, ...extra]
  classes.forEach((cls, i) => {
    const at = w.span.start + Math.floor(rng.next() * Math.max(MINUTE, w.span.end - w.span.start))
    placeLook(rng, part, {
      cls,
      lang: w.persona.lang,
      reader: w.persona,
      stem: stems[i]!,
      at,
      id: `${w.waveId}-look-${i}`,
      where: (i + w.turn) % 2 === 0 ? 'wave-known' : 'wave-new',
      waveId: w.waveId,
    })
  })
  return part
}
