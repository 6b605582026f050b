// Made-up companies: 14 invented heads x 12 tails give 168 stems, each with a trade word and a
// top-level domain of its language. None is meant to be a real business; the unit test checks
// that no name, slug or stem repeats one of the ten earlier sets.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export interface Company {
  name: string
  stem: string
  slug: string
  domain: string
  lang: Lang
}

const HEADS = [
  'Quor',
  'Vel',
  'Tib',
  'Ysol',
  'Drav',
  'Omb',
  'Kesh',
  'Plin',
  'Zir',
  'Ulv',
  'Fenw',
  'Grask',
  'Hobr',
  'Jastr',
]
const TAILS = [
  'anix',
  'ovelt',
  'umbra',
  'eskor',
  'idane',
  'oppa',
  'urnis',
  'ayle',
  'ectro',
  'ibbon',
  'ostra',
  'undix',
]

export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t))

const TRADES: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Analytics', 'Telecom', 'Pantry', 'Travel', 'Insurance', 'Studio'],
  de: ['Versand', 'Energie', 'Reisen', 'Möbelhaus', 'Versicherung', 'Technik', 'Apotheke'],
  fr: ['Voyages', 'Mutuelle', 'Énergie', 'Librairie', 'Optique', 'Literie', 'Assurances'],
  es: ['Viajes', 'Seguros', 'Ópticas', 'Muebles', 'Energía', 'Farmacia', 'Telecom'],
  pt: ['Viagens', 'Seguros', 'Óptica', 'Móveis', 'Energia', 'Farmácia', 'Livraria'],
  it: ['Viaggi', 'Assicurazioni', 'Ottica', 'Arredamenti', 'Energia', 'Farmacia', 'Libreria'],
  nl: ['Reizen', 'Verzekeringen', 'Optiek', 'Meubelen', 'Energie', 'Apotheek', 'Boekhandel'],
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
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

function company(lang: Lang, i: number): Company {
  const stem = STEMS[i]!
  const trade = TRADES[lang][i % TRADES[lang].length]!
  const name = `${stem} ${trade}`
  const slug = slugOf(stem)
  const tlds = TLDS[lang]
  return { name, stem, slug, domain: `${slug}.${tlds[i % tlds.length]!}`, lang }
}

export function allCompanies(lang: Lang): Company[] {
  return STEMS.map((_, i) => company(lang, i))
}

/** `count` companies with distinct stems, each in one of `langs` (chosen per company). */
export function pickCompanies(rng: Random, langs: readonly Lang[], count: number): Company[] {
  const order = rng.shuffle(STEMS.map((_, i) => i)).slice(0, count)
  return order.map((i) => company(rng.pick(langs), i))
}

/** Another brand of the same group: its helpdesk answers for the company. */
export function sisterOf(c: Company): Company {
  const brand = `${c.stem}${c.lang === 'en' ? 'Care' : 'Service'}`
  return { ...c, name: brand, slug: slugOf(brand), domain: `${slugOf(brand)}.com` }
}
