// Important mail inside and around a wave: 3-6 during the wave (labelled with its waveId) and
// 1-3 in the days around it, in the wave's language (any language for a multilingual wave).
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang } from '../../types.ts'
import { DAY } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import type { ImportantText } from './kit.ts'
import { SOUTH } from './south.ts'
import { WEST } from './west.ts'

export function importantTexts(lang: Lang): readonly ImportantText[] {
  const texts = WEST[lang] ?? SOUTH[lang]
  if (!texts) throw new Error(`no important mail in ${lang}`)
  return texts
}

function one(
  rng: Random,
  lang: Lang,
  id: string,
  at: number,
  to: string,
): [ReturnType<typeof record>, ImportantText] {
  const text = rng.pick(importantTexts(lang))
  const values: Record<string, string> = {
    amount: `${rng.int(4, 1900)},${String(rng.int(0, 99)).padStart(2, '0')}`.replace(
      ',',
      lang === 'en' ? '.' : ',',
    ),
    ref: `${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(100_000, 9_999_999)}`,
    card: String(rng.int(1000, 9999)),
  }
  const f = (s: string) => s.replace(/\{(amount|ref|card)\}/gu, (_, k: string) => values[k]!)
  return [record(id, at, text.from, f(text.subject), f(text.body), to), text]
}

export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  span: { start: number; end: number },
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const langOf = () => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const inside = rng.int(3, 6)
  for (let i = 0; i < inside; i++) {
    const l = langOf()
    const at = rng.int(span.start, span.end)
    const [rec, text] = one(rng, l, `${waveId}-imp-in-${i}`, at, person.address)
    add(part, rec, { label: 'important', lang: l, waveId, source: `important/${text.kind}` })
  }
  const outside = rng.int(1, 3)
  for (let i = 0; i < outside; i++) {
    const l = langOf()
    const at = rng.chance(0.5)
      ? span.start - rng.int(2, 40) * (DAY / 24)
      : span.end + rng.int(2, 40) * (DAY / 24)
    const [rec, text] = one(rng, l, `${waveId}-imp-out-${i}`, at, person.address)
    add(part, rec, { label: 'important', lang: l, source: `important/${text.kind}` })
  }
  return part
}
