// Important mail inside and around a wave: 3-6 notices inside its span (labelled with its
// waveId, so the harness counts whether they are pinned) and 1-3 outside it.
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang } from '../../types.ts'
import { HOUR } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { SOUTH } from './south.ts'
import type { ImportantText } from './text.ts'
import { WEST } from './west.ts'

export const IMPORTANT: Record<Lang, readonly ImportantText[]> = { ...WEST, ...SOUTH }

function notice(rng: Random, lang: Lang): { text: ImportantText; subject: string; body: string } {
  const text = rng.pick(IMPORTANT[lang])
  const fill = {
    amount: `${rng.int(4, 2400)}.${String(rng.int(0, 99)).padStart(2, '0')}`,
    ref: String(rng.int(100_000, 9_999_999)),
    last4: String(rng.int(1000, 9999)),
  }
  return { text, subject: text.subject(fill), body: text.body(fill) }
}

export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  wave: { start: number; end: number; waveId: string },
  person: Person,
): Part {
  const part = emptyPart()
  const inside = rng.int(3, 6)
  const outside = rng.int(1, 3)
  for (let i = 0; i < inside + outside; i++) {
    const l = lang === 'multi' ? rng.pick(LANGUAGES) : lang
    const { text, subject, body } = notice(rng, l)
    const isInside = i < inside
    const at = isInside
      ? wave.start + Math.floor(rng.next() * (wave.end - wave.start))
      : rng.chance(0.5)
        ? wave.start - rng.int(2, 20) * HOUR
        : wave.end + rng.int(2, 20) * HOUR
    const id = `${wave.waveId}-imp-${i}`
    add(part, record(id, at, text.from, subject, body, person.address), {
      label: 'important',
      lang: l,
      source: `important/${text.kind}`,
      ...(isInside ? { waveId: wave.waveId } : {}),
    })
  }
  return part
}
