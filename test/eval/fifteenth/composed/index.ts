// Composes a company's own wording from the building blocks: every company in a wave gets a
// different combination (subject, opener, what arrived, what next, where the reference sits,
// sign-off, footer), so no two companies of a wave read the same.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { Blocks, BlockSet, Family } from './blocks.ts'
import { DE, EN } from './blocks-en-de.ts'
import { ES, FR } from './blocks-fr-es.ts'
import { IT, NL, PT } from './blocks-pt-it-nl.ts'

export const BLOCKS: BlockSet = { en: EN, de: DE, fr: FR, es: ES, pt: PT, it: IT, nl: NL }

export interface Composed {
  subject: string
  body: string
  /** The chosen block indexes, unique per wave. */
  key: string
}

function layout(b: Blocks, family: Family, picks: number[]): string[] {
  const [, o, r, n, ref, s, f, place] = picks as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const reference = b.refs[ref]!
  const lines = [b.openers[o]!, '', `${b.received[family][r]!} ${b.next[family][n]!}`]
  // The reference sits at the top, after the sentence, or not at all (subject may carry it).
  if (place === 0) lines.unshift(reference, '')
  if (place === 1) lines.push('', reference)
  lines.push('', b.signoffs[s]!)
  if (b.footers[f]) lines.push('', '—', b.footers[f])
  return lines
}

/** A composed wording not yet in `used` (the wave's keys), or null when all are taken. */
export function compose(
  rng: Random,
  lang: Lang,
  family: Family,
  used: Set<string>,
): Composed | null {
  const b = BLOCKS[lang]
  const sizes = [
    b.subjects[family].length,
    b.openers.length,
    b.received[family].length,
    b.next[family].length,
    b.refs.length,
    b.signoffs.length,
    b.footers.length,
    3,
  ]
  for (let attempt = 0; attempt < 40; attempt++) {
    const picks = sizes.map((size) => rng.int(0, size - 1))
    // Without a reference in the body (place 2), its style makes no difference.
    if (picks[7] === 2) picks[4] = 0
    // Two companies never get the same body, nor the same subject with the same sentences.
    const key = `${lang}/${family}/body/${picks.slice(1).join('.')}`
    const core = `${lang}/${family}/core/${picks[0]}.${picks[2]}.${picks[3]}`
    if (used.has(key) || used.has(core)) continue
    used.add(key)
    used.add(core)
    return {
      subject: b.subjects[family][picks[0]!]!,
      body: layout(b, family, picks).join('\n'),
      key,
    }
  }
  return null
}
