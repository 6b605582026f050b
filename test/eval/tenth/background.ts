// What surrounds a wave in the inbox: SpamAssassin ham of the days around it, and important mail
// (3–6 inside the wave's span, 2–3 the same day 45 minutes to 6 hours outside it).
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { importantNotice } from './important/index.ts'
import type { Person } from './people.ts'
import { add, emptyPart, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `sa-list/${mail.group}` : `sa/${mail.group}` }
}

/** `count` ham mails spread evenly at random between `from` and `to`. */
export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    add(
      part,
      {
        id: `${prefix}-ham-${i}`,
        at: from + Math.floor(rng.next() * (to - from)),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      hamLabel(mail),
    )
  }
  return part
}

export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const langOf = (): Lang => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const inside = rng.int(3, 6)
  const outside = rng.int(2, 3)
  for (let i = 0; i < inside + outside; i++) {
    const l = langOf()
    const n = importantNotice(rng, l)
    const gap = rng.int(45, 360) * MINUTE
    const at =
      i < inside
        ? start + Math.floor(((i + 0.5 + rng.next() * 0.4 - 0.2) / inside) * (end - start))
        : i % 2 === 0
          ? start - gap
          : end + gap
    const label: MailLabel = { label: 'important', lang: l, source: 'important' }
    add(
      part,
      {
        id: `${waveId}-imp-${i}`,
        at: Math.min(Math.max(at, start - 6 * HOUR), end + 6 * HOUR),
        to: person.address,
        ...n,
      },
      i < inside ? { ...label, waveId } : label,
    )
  }
  return part
}
