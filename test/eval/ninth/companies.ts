// Made-up companies of the ninth set, per language: a name from two invented word halves, the
// company's own domain under the language's usual top-level domain, and a sister brand (for the
// person's own burst acknowledged by a sibling's helpdesk). The unit test checks that no name
// appears in an earlier set's companies.ts.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export interface Company {
  name: string
  slug: string
  domain: string
  lang: Lang
}

const HEADS: Record<Lang, readonly string[]> = {
  en: ['Quill', 'Brack', 'Tamber', 'Corvel', 'Hollin', 'Skiv', 'Pellam', 'Wrenlow'],
  de: ['Kiesel', 'Falz', 'Brunn', 'Wettel', 'Harsch', 'Lindau', 'Zwirn', 'Otter'],
  fr: ['Vélin', 'Gavotte', 'Ormeau', 'Pivoine', 'Brumel', 'Saulaie', 'Cordée', 'Ardoisi'],
  es: ['Brezal', 'Canela', 'Tojo', 'Almiz', 'Pedrusco', 'Jara', 'Ocaso', 'Rumbel'],
  pt: ['Cajuí', 'Ipezal', 'Brisamar', 'Jatobel', 'Sabiá', 'Ocre', 'Taipal', 'Murtal'],
  it: ['Ciottolo', 'Sambuco', 'Frassin', 'Lucerna', 'Borrago', 'Timpano', 'Salvia', 'Gelsomin'],
  nl: ['Kwelder', 'Rietland', 'Dijkmeer', 'Vlonder', 'Zwaluw', 'Schelp', 'Gaffel', 'Turfhoek'],
}

const TAILS: Record<Lang, readonly string[]> = {
  en: ['ridge', 'worth', 'loom', 'stead', 'brook', 'craft', 'yard', 'mere', 'vane', 'holt'],
  de: ['werk', 'haus', 'kontor', 'feld', 'stube', 'hof', 'bau', 'markt', 'quelle', 'tal'],
  fr: ['ine', 'erie', 'ette', 'ance', 'ois', 'ade', 'oir', 'elle', 'iste', 'ure'],
  es: ['ria', 'ero', 'ales', 'illa', 'ona', 'ista', 'ado', 'eña', 'ural', 'ante'],
  pt: ['eira', 'ado', 'inho', 'ense', 'al', 'ama', 'ura', 'ês', 'oso', 'ista'],
  it: ['eria', 'ino', 'ello', 'ana', 'ese', 'ata', 'ista', 'otto', 'ura', 'ale'],
  nl: ['hof', 'huis', 'werf', 'kade', 'land', 'poort', 'veld', 'stad', 'zaal', 'brug'],
}

const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be'],
  es: ['es', 'com.mx'],
  pt: ['pt', 'com.br'],
  it: ['it'],
  nl: ['nl', 'be'],
}

export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '')
}

/** Every company of a language, in a fixed order (80 a language). */
export function allCompanies(lang: Lang): Company[] {
  const out: Company[] = []
  HEADS[lang].forEach((head, h) =>
    TAILS[lang].forEach((tail, t) => {
      const name = head + tail
      const slug = slugOf(name)
      const tld = TLD[lang][(h + t) % TLD[lang].length]!
      out.push({ name, slug, domain: `${slug}.${tld}`, lang })
    }),
  )
  return out
}

/** `count` distinct companies drawn from the given languages. */
export function pickCompanies(rng: Random, langs: readonly Lang[], count: number): Company[] {
  const pool = rng.shuffle(langs.flatMap((l) => allCompanies(l)))
  return pool.slice(0, Math.min(count, pool.length))
}

/** The sister brand whose helpdesk answers for the company (same group, other name). */
export function sisterOf(c: Company): Company {
  const name = `${c.name} Group`
  return { name, slug: `${c.slug}group`, domain: `${c.slug}-group.com`, lang: c.lang }
}
