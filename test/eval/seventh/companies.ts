// The seventh set's made-up companies: an invented stem and a trade in the company's language,
// a domain under one of that language's usual top-level domains, and sister brands (same stem,
// another trade) whose helpdesk may answer for the company.
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
  const stem = STEMS[i]!
  const trade = TRADES[lang][j]!
  const slug = slugOf(`${stem}${trade}`)
  const tlds = TLDS[lang]
  return {
    name: `${stem} ${trade}`,
    stem,
    slug,
    domain: `${slug}.${tlds[(i * 7 + j * 5) % tlds.length]}`,
    lang,
  }
}

/** Every company of a language, in a fixed order. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS.flatMap((_, i) => TRADES[lang].map((_, j) => company(lang, i, j)))
}

/** `count` distinct companies of a language whose slug is not yet in `taken`. */
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

/** A sister brand of the same group: same stem, another trade, another domain. */
export function siblingOf(rng: Random, c: Company): Company {
  const i = (STEMS as readonly string[]).indexOf(c.stem)
  const others = TRADES[c.lang]
    .map((_, j) => company(c.lang, i, j))
    .filter((o) => o.slug !== c.slug)
  return rng.pick(others)
}
