// The sixteenth set's made-up companies: a stem from syllables chosen for this set, a trade word
// in the company's language, and a domain under one of that language's usual top-level domains.
// The unit test checks that no name repeats a company of the fifteen earlier sets.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = ['Zev', 'Quil', 'Brav', 'Tors', 'Mirv', 'Pell', 'Wend', 'Yarr', 'Fjel', 'Drom']
const MORE = ['Glinn', 'Hovv', 'Ixt', 'Jorv', 'Kalv', 'Lusk', 'Nebb', 'Praxx', 'Ulm', 'Skav']
const ENDS = ['orane', 'ivel', 'axby', 'umpel', 'ellow', 'ixar', 'adoc', 'urnis', 'ettan', 'olkin']

export const STEMS: readonly string[] = [...ONSETS, ...MORE].flatMap((o) => ENDS.map((e) => o + e))

const TRADES: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Dental', 'Bikes', 'Insurance', 'Academy', 'Coffee', 'Software'],
  de: ['Reisen', 'Möbel', 'Versicherung', 'Apotheke', 'Bäckerei', 'Sport', 'Technik'],
  fr: ['Voyages', 'Assurances', 'Librairie', 'Optique', 'Immobilier', 'Jardin'],
  es: ['Viajes', 'Seguros', 'Muebles', 'Ópticas', 'Librería', 'Deportes'],
  pt: ['Viagens', 'Seguros', 'Móveis', 'Farmácia', 'Livraria', 'Desporto'],
  it: ['Viaggi', 'Assicurazioni', 'Arredamenti', 'Ottica', 'Libreria', 'Sport'],
  nl: ['Reizen', 'Verzekeringen', 'Meubels', 'Fietsen', 'Boekhandel', 'Tuinen'],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be'],
  es: ['es', 'com.mx'],
  pt: ['pt', 'com.br'],
  it: ['it'],
  nl: ['nl', 'be'],
}

export interface Company {
  name: string
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

function company(rng: Random, stem: string, lang: Lang): Company {
  const name = `${stem} ${rng.pick(TRADES[lang])}`
  const slug = slugOf(stem)
  return { name, slug, domain: `${slug}.${rng.pick(TLDS[lang])}`, lang }
}

/** `count` companies with distinct stems, languages drawn from `langs`. */
export function pickCompanies(rng: Random, langs: readonly Lang[], count: number): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => company(rng, stem, rng.pick(langs)))
}

/** A sister brand (same group, another stem) whose helpdesk may answer for the company. */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => slugOf(s) !== c.slug))
  return company(rng, stem, c.lang)
}
