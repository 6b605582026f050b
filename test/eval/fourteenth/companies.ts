// Made-up companies: 15 invented heads x 12 tails give 180 stems, each with a trade word and a
// top-level domain of its language. None is meant to be a real business; the unit test checks
// that no stem occurs in any of the thirteen earlier sets' company files.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export interface Company {
  name: string
  stem: string
  slug: string
  domain: string
  lang: Lang
}

const HEADS = ['Wrenth', 'Snorv', 'Pelgr', 'Brueth', 'Tamsk', 'Yarrim', 'Glesk', 'Hurvo']
const MORE_HEADS = ['Nembr', 'Frossk', 'Caddw', 'Mirthl', 'Quelv', 'Drumsk', 'Lorvith']
const TAILS = ['alot', 'imber', 'oquin', 'ettra', 'uskan', 'avine', 'ondel', 'iffro', 'arrow']
const MORE_TAILS = ['elmby', 'ustrel', 'ogany']

export const STEMS: readonly string[] = [...HEADS, ...MORE_HEADS].flatMap((h) =>
  [...TAILS, ...MORE_TAILS].map((t) => h + t),
)

const TRADE: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Labs', 'Travel', 'Insurance', 'Home', 'Fitness', 'Books', 'Energy'],
  de: ['Versand', 'Reisen', 'Möbel', 'Stadtwerke', 'Optik', 'Verlag', 'Sport', 'Technik'],
  fr: ['Voyages', 'Mutuelle', 'Librairie', 'Cuisine', 'Jardin', 'Énergie', 'Mode', 'Auto'],
  es: ['Viajes', 'Seguros', 'Hogar', 'Moda', 'Deportes', 'Libros', 'Energía', 'Óptica'],
  pt: ['Viagens', 'Seguros', 'Casa', 'Moda', 'Desporto', 'Livraria', 'Energia', 'Saúde'],
  it: ['Viaggi', 'Assicurazioni', 'Casa', 'Moda', 'Sport', 'Libreria', 'Energia', 'Ottica'],
  nl: ['Reizen', 'Verzekeringen', 'Wonen', 'Mode', 'Sport', 'Boeken', 'Energie', 'Fietsen'],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io', 'com.au'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'ch'],
  es: ['es', 'com.mx', 'com.ar'],
  pt: ['pt', 'com.br'],
  it: ['it', 'ch'],
  nl: ['nl', 'be'],
}

export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

function companyOf(stem: string, index: number, lang: Lang): Company {
  const trade = TRADE[lang][index % TRADE[lang].length]!
  const tld = TLDS[lang][index % TLDS[lang].length]!
  const name = `${stem} ${trade}`
  const slug = slugOf(stem)
  return { name, stem, slug, domain: `${slug}.${tld}`, lang }
}

/** Distinct companies; each takes the language given for its position (round robin). */
export function pickCompanies(rng: Random, langs: readonly Lang[], count: number): Company[] {
  if (count > STEMS.length) throw new Error(`only ${STEMS.length} stems`)
  return rng
    .shuffle(STEMS.map((s, i) => [s, i] as const))
    .slice(0, count)
    .map(([stem, i], n) => companyOf(stem, i, langs[n % langs.length]!))
}

/** A sister brand of a company (another stem, same language), for shared-helpdesk replies. */
export function sisterOf(c: Company, rng: Random): Company {
  const others = STEMS.filter((s) => s !== c.stem)
  return companyOf(rng.pick(others), rng.int(0, 7), c.lang)
}
