// Important notices by language, and the parts that put them inside and around a wave.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { MINUTE, HOUR } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { IMPORTANT_DE } from './de.ts'
import { IMPORTANT_EN } from './en.ts'
import { IMPORTANT_ES } from './es.ts'
import { IMPORTANT_FR } from './fr.ts'
import { IMPORTANT_IT } from './it.ts'
import { IMPORTANT_NL } from './nl.ts'
import type { NoticeMaker } from './notice.ts'
import { IMPORTANT_PT } from './pt.ts'

export const IMPORTANT: Record<Lang, readonly NoticeMaker[]> = {
  en: IMPORTANT_EN,
  de: IMPORTANT_DE,
  fr: IMPORTANT_FR,
  es: IMPORTANT_ES,
  pt: IMPORTANT_PT,
  it: IMPORTANT_IT,
  nl: IMPORTANT_NL,
}

/** 3-6 notices inside the wave's span (labelled with the wave), 1-2 in the hours around it. */
export function importantAround(
  rng: Random,
  langs: readonly Lang[],
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const inside = rng.int(3, 6)
  const outside = rng.int(1, 2)
  for (let i = 0; i < inside + outside; i++) {
    const lang = rng.pick(langs)
    const n = rng.pick(IMPORTANT[lang])(rng)
    const at =
      i < inside
        ? start + MINUTE + Math.floor(rng.next() * Math.max(MINUTE, end - start - 2 * MINUTE))
        : rng.chance(0.5)
          ? start - rng.int(2, 20) * HOUR
          : end + rng.int(3, 20) * HOUR
    const id = `${waveId}-imp-${i}`
    add(part, record(id, at, n.from, n.subject, n.body, person.address), {
      label: 'important',
      lang,
      ...(i < inside ? { waveId } : {}),
    })
  }
  return part
}
