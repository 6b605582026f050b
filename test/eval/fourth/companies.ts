// Made-up companies of the fourth set: a stem and a trade, a domain under one of the language's
// usual top-level domains, and the group brand a sibling helpdesk may run under.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { GROUP_WORD, STEMS, TLDS, TRADES } from './company-words.ts'

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

/** Every company of a language, in a fixed order. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS[lang].flatMap((stem, i) =>
    TRADES[lang].map((trade, j) => {
      const slug = slugOf(`${stem}${trade}`)
      const tlds = TLDS[lang]
      return {
        name: `${stem} ${trade}`,
        stem,
        slug,
        domain: `${slug}.${tlds[(i * 5 + j) % tlds.length]}`,
        lang,
      }
    }),
  )
}

/** `count` distinct companies of a language not yet in `taken` (slugs). */
export function companies(rng: Random, lang: Lang, count: number, taken: Set<string>): Company[] {
  const chosen = rng.shuffle(allCompanies(lang).filter((c) => !taken.has(c.slug))).slice(0, count)
  for (const c of chosen) taken.add(c.slug)
  return chosen
}

/** The group brand of a company ("Moorvale Group"), whose helpdesk may answer for it. */
export function siblingOf(company: Company): Company {
  const name = `${company.stem} ${GROUP_WORD[company.lang]}`
  const slug = slugOf(name)
  return {
    name,
    stem: company.stem,
    slug,
    domain: `${slug}.${company.domain.split('.').slice(1).join('.')}`,
    lang: company.lang,
  }
}
