// What surrounds a wave in the inbox: SpamAssassin ham over the surrounding days, and important
// notices: 3-6 inside the wave's span (label `important` with the wave's id) and 2-3 the same day,
// 45 minutes to 6 hours outside it.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { IMPORTANT } from './important/index.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `sa-list/${mail.group}` : `sa/${mail.group}` }
}

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
    const at = from + Math.floor(rng.next() * (to - from))
    const id = `${prefix}-ham-${i}`
    add(
      part,
      record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), person.address),
      hamLabel(mail),
    )
  }
  return part
}

function noticeLang(rng: Random, lang: Lang | 'multi'): Lang {
  return lang === 'multi' ? rng.pick(LANGUAGES) : lang
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
  const inside = rng.int(3, 6)
  const outside = rng.int(2, 3)
  // Distinct notices while the language has any left: an inbox rarely gets one alert twice.
  const used = new Set<string>()
  for (let i = 0; i < inside + outside; i++) {
    const l = noticeLang(rng, lang)
    const fresh = IMPORTANT[l].filter((x) => !used.has(x.subject))
    const n = rng.pick(fresh.length > 0 ? fresh : IMPORTANT[l])
    used.add(n.subject)
    const isInside = i < inside
    const at = isInside
      ? start + MINUTE + Math.floor(rng.next() * Math.max(1, end - start - 2 * MINUTE))
      : rng.chance(0.5)
        ? start - rng.int(45, 360) * MINUTE
        : end + rng.int(45, 360) * MINUTE
    const id = `${waveId}-imp-${i}`
    const label: MailLabel = { label: 'important', lang: l, source: n.kind }
    if (isInside) label.waveId = waveId
    add(part, record(id, at, n.from, n.subject, n.body, person.address), label)
  }
  return part
}

export const WAVE_HAM_HOURS = { before: 48 * HOUR, after: 24 * HOUR } as const
