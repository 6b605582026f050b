// In-house wordings: every company's own text, either hand-written (one per company of a wave)
// or composed from its language's bank.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { Family, Wording } from '../wording.ts'
import { compose } from './compose.ts'
import { WRITTEN_DE } from './written-de.ts'
import { WRITTEN_EN } from './written-en.ts'
import { WRITTEN_ES } from './written-es.ts'
import { WRITTEN_FR } from './written-fr.ts'
import { WRITTEN_IT } from './written-it.ts'
import { WRITTEN_NL } from './written-nl.ts'
import { WRITTEN_PT } from './written-pt.ts'

export const WRITTEN: Record<Lang, Record<Family, readonly Wording[]>> = {
  en: WRITTEN_EN,
  de: WRITTEN_DE,
  fr: WRITTEN_FR,
  es: WRITTEN_ES,
  pt: WRITTEN_PT,
  it: WRITTEN_IT,
  nl: WRITTEN_NL,
}

export interface InHouse {
  /** `written/<family>/<lang>/<i>` or the composed key. */
  key: string
  style: 'written' | 'composed'
  w: Wording
}

/**
 * Hands out in-house wordings for one wave: each hand-written text at most once, each composed
 * combination at most once; about two in five companies get a hand-written text while any remain.
 */
export function inHouseDealer(rng: Random): (family: Family, lang: Lang) => InHouse {
  const used = new Set<string>()
  return (family, lang) => {
    const written = WRITTEN[lang][family]
      .map((w, i) => ({ key: `written/${family}/${lang}/${i}`, style: 'written' as const, w }))
      .filter((x) => !used.has(x.key))
    if (written.length > 0 && rng.chance(0.4)) {
      const chosen = rng.pick(written)
      used.add(chosen.key)
      return chosen
    }
    for (;;) {
      const composed = compose(rng, family, lang)
      if (used.has(composed.key)) continue
      used.add(composed.key)
      return { key: composed.key, style: 'composed', w: composed.w }
    }
  }
}
