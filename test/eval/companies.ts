// Made-up companies per language market: a name, an ASCII slug and a domain. Names are composed
// from market-typical parts so a wave can draw up to 80 distinct brands; none is a real company.
import type { Random } from './prng.ts'
import type { Lang } from './types.ts'
import { COMPANY_NAME_PARTS as PARTS } from './wordings/company-names.ts'

export interface Company {
  name: string
  slug: string
  domain: string
  lang: Lang
}

export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/[^a-z0-9]/gu, '')
}

/** Draws distinct companies; a name is never drawn twice by the same registry. */
export class CompanyRegistry {
  private readonly used = new Set<string>()
  constructor(private readonly random: Random) {}

  draw(lang: Lang): Company {
    const parts = PARTS[lang]
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const name = `${this.random.pick(parts.stems)} ${this.random.pick(parts.words)}`
      const slug = slugOf(name)
      if (this.used.has(slug)) continue
      this.used.add(slug)
      return { name, slug, domain: `${slug}.${this.random.pick(parts.tlds)}`, lang }
    }
    throw new Error(`no unused company name left for ${lang}`)
  }
}
