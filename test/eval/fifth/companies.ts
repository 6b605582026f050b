// The fifth set's made-up companies: an invented stem and a trade, a domain under one of the
// language's usual top-level domains, and a sibling brand (same stem, another trade) whose
// helpdesk may answer for it.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { STEMS, TLDS, TRADES } from './company-words.ts'

export interface Company {
  name: string
  stem: string
  slug: string
  domain: string
  lang: Lang
}

export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

function company(lang: Lang, i: number, j: number): Company {
  const stem = STEMS[lang][i]!
  const trade = TRADES[lang][j]!
  const slug = slugOf(`${stem}${trade}`)
  const tlds = TLDS[lang]
  return {
    name: `${stem} ${trade}`,
    stem,
    slug,
    domain: `${slug}.${tlds[(i * 3 + j * 7) % tlds.length]}`,
    lang,
  }
}

/** Every company of a language, in a fixed order. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS[lang].flatMap((_, i) => TRADES[lang].map((_, j) => company(lang, i, j)))
}

/** `count` distinct companies of a language not yet in `taken` (slugs). */
export function pickCompanies(
  rng: Random,
  lang: Lang,
  count: number,
  taken: Set<string>,
): Company[] {
  const chosen = rng.shuffle(allCompanies(lang).filter((c) => !taken.has(c.slug))).slice(0, count)
  for (const c of chosen) taken.add(c.slug)
  return chosen
}

/** A sibling brand of the group: same stem, another trade, another domain. */
export function siblingOf(rng: Random, c: Company): Company {
  const i = STEMS[c.lang].indexOf(c.stem)
  const others = TRADES[c.lang]
    .map((_, j) => j)
    .filter((j) => company(c.lang, i, j).slug !== c.slug)
  return company(c.lang, i, rng.pick(others))
}
