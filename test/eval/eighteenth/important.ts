// Important mail around a wave: 3-6 inside its span (label `important` with the wave id) and two
// or three the same day outside it, in the wave's language (for a multilingual wave, mixed).
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { IMPORTANT_TEXTS } from './important-texts.ts'
import type { Person } from './people.ts'
import { add, emptyPart, fill, record, type Part } from './records.ts'

function one(rng: Random, lang: Lang): { from: string; subject: string; body: string } {
  const [from = '', subject = '', body = ''] = rng.pick(IMPORTANT_TEXTS[lang]).split('|')
  const vars = {
    amount: `${rng.int(4, 1900)},${String(rng.int(0, 99)).padStart(2, '0')}`,
    ref: String(rng.int(10_000_000, 99_999_999)),
    last4: String(rng.int(1000, 9999)),
  }
  return { from, subject: fill(subject, vars), body: fill(body, vars) }
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
  const langOf = () => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const inside = rng.int(3, 6)
  for (let i = 0; i < inside; i++) {
    const l = langOf()
    const m = one(rng, l)
    const at = start + MINUTE + Math.floor(rng.next() * Math.max(MINUTE, end - start - 2 * MINUTE))
    add(part, record(`${waveId}-imp-${i}`, at, m.from, m.subject, m.body, person.address), {
      label: 'important',
      lang: l,
      waveId,
      source: 'important',
    })
  }
  const outside = rng.int(2, 3)
  for (let i = 0; i < outside; i++) {
    const l = langOf()
    const m = one(rng, l)
    const gap = rng.int(45, 360) * MINUTE
    const at = rng.chance(0.5) ? start - gap : end + gap + HOUR / 4
    add(part, record(`${waveId}-out-${i}`, at, m.from, m.subject, m.body, person.address), {
      label: 'important',
      lang: l,
      source: 'important',
    })
  }
  return part
}
