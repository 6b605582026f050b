// Made-up companies: an invented stem (two syllable lists crossed) and a trade in the company's
// language. The unit test checks that no name or stem begins a company name of an earlier set.
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
  'Quil',
  'Brev',
  'Tarn',
  'Olv',
  'Zemb',
  'Castr',
  'Ferm',
  'Yarr',
  'Dulv',
  'Kesp',
  'Morv',
  'Plint',
  'Raum',
  'Siv',
  'Throm',
  'Ulb',
  'Vask',
  'Wenl',
  'Gorr',
  'Heml',
]
const TAILS = ['ovo', 'idge', 'anta', 'erix', 'umbe', 'ayle', 'oska', 'ithe', 'arro', 'elle']

const TRADES: Record<Lang, readonly string[]> = {
  en: [
    'Outfitters',
    'Joinery',
    'Lettings',
    'Print Co',
    'Kennels',
    'Opticians',
    'Cycles',
    'Bakehouse',
  ],
  de: ['Werkstatt', 'Reisen', 'Brillen', 'Bau', 'Gartenbau', 'Druckerei', 'Fahrräder', 'Möbel'],
  fr: [
    'Menuiserie',
    'Voyages',
    'Optique',
    'Imprimerie',
    'Cycles',
    'Boulangerie',
    'Immobilier',
    'Jardins',
  ],
  es: [
    'Viajes',
    'Ópticas',
    'Carpintería',
    'Imprenta',
    'Bicicletas',
    'Muebles',
    'Inmobiliaria',
    'Jardines',
  ],
  pt: [
    'Viagens',
    'Óticas',
    'Carpintaria',
    'Gráfica',
    'Bicicletas',
    'Móveis',
    'Imobiliária',
    'Jardins',
  ],
  it: [
    'Viaggi',
    'Ottica',
    'Falegnameria',
    'Tipografia',
    'Biciclette',
    'Arredamenti',
    'Immobiliare',
    'Giardini',
  ],
  nl: [
    'Reizen',
    'Opticiens',
    'Timmerwerken',
    'Drukkerij',
    'Fietsen',
    'Meubelen',
    'Makelaardij',
    'Tuinen',
  ],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'com'],
  fr: ['fr', 'com', 'be'],
  es: ['es', 'com', 'com.mx'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com'],
  nl: ['nl', 'be', 'com'],
}

export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t))

function make(stem: string, trade: string, lang: Lang, tld: string): Company {
  const slug = slugOf(stem)
  return { name: `${stem} ${trade}`, stem, slug, domain: `${slug}.${tld}`, lang }
}

/** Every company of a language: each stem with one trade and one domain ending. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS.map((stem, i) => {
    const trades = TRADES[lang]
    const tlds = TLDS[lang]
    return make(stem, trades[i % trades.length]!, lang, tlds[i % tlds.length]!)
  })
}

/** Distinct companies (no stem twice in one wave), of the given languages one by one. */
export function pickCompanies(rng: Random, langs: readonly Lang[]): Company[] {
  const stems = rng.shuffle(STEMS)
  return langs.map((lang, i) => {
    const trades = TRADES[lang]
    return make(stems[i]!, rng.pick(trades), lang, rng.pick(TLDS[lang]))
  })
}

/** A sister brand of the same group: same stem, another trade and domain, for own bursts. */
export function sisterOf(rng: Random, c: Company): Company {
  const trade = rng.pick(TRADES[c.lang].filter((t) => !c.name.endsWith(t)))
  const sister = make(c.stem, trade, c.lang, rng.pick(TLDS[c.lang]))
  return { ...sister, slug: `${c.slug}${slugOf(trade).slice(0, 5)}` }
}
