// The composer of in-house wordings: one variant of each building block of the company's
// language, so two companies rarely share a structure. Deterministic given the generator.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { Wording } from '../texts/index.ts'
import { DE, EN, FR, NL } from './blocks-north.ts'
import { ES, IT, PT } from './blocks-south.ts'
import type { Family, LangBlocks } from './types.ts'

export const BLOCKS: Record<Lang, LangBlocks> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

export function variants(block: string): string[] {
  return block.split(' ~ ').map((v) => v.trim())
}

function choose(rng: Random, block: string, picks: number[]): string {
  const list = variants(block)
  const i = rng.int(0, list.length - 1)
  picks.push(i)
  return list[i]!
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function compose(rng: Random, family: Family, lang: Lang): Wording {
  const blocks = BLOCKS[lang]
  const f = blocks[family]
  const picks: number[] = []
  const subject = choose(rng, f.subject, picks)
  const greet = choose(rng, blocks.greet, picks)
  const lead = choose(rng, f.lead, picks)
  const act = choose(rng, f.act, picks)
  const next = choose(rng, f.next, picks)
  const close = choose(rng, blocks.close, picks)
  const foot = choose(rng, blocks.foot, picks)
  const joined = `${lead} ${act}.`
  const sentence = greet.endsWith(',') && lang !== 'en' ? joined : capital(joined)
  const body = [greet, `${sentence} ${next}`, close, foot].filter(Boolean).join('\n')
  const id = `composed/${family}/${lang}/${picks.join('.')}`
  return { id, family, lang, locale: lang, subject, body }
}
