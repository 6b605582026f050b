// The eleventh set's made-up companies: an invented stem (head + tail syllables chosen to be
// unlike any earlier set's), a trade word of the company's language and one of that language's
// usual top-level domains; a sister brand shares the stem and runs its own helpdesk.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = [
  'Quor',
  'Vesk',
  'Thrim',
  'Zund',
  'Brisk',
  'Ombr',
  'Kelv',
  'Draup',
  'Yssel',
  'Farq',
  'Glimm',
  'Huxl',
  'Plov',
  'Strenn',
  'Wyrt',
  'Jask',
]
const TAILS = ['avi', 'ondo', 'erix', 'ulta', 'imba', 'oska', 'ethe', 'arro', 'ivel', 'unna']

/** 160 invented stems. */
export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t))

const TRADES: Record<Lang, readonly string[]> = {
  en: [
    'Outfitters',
    'Lettings',
    'Brewworks',
    'Opticians',
    'Freight',
    'Tutoring',
    'Joinery',
    'Vets',
  ],
  de: [
    'Gartenbau',
    'Fahrschule',
    'Kaffeerösterei',
    'Zahntechnik',
    'Sanitär',
    'Buchbinderei',
    'Holzbau',
    'Reisen',
  ],
  fr: [
    'Fromagerie',
    'Quincaillerie',
    'Ébénisterie',
    'Assurances',
    'Papeterie',
    'Location',
    'Voyages',
    'Énergie',
  ],
  es: [
    'Ferretería',
    'Óptica',
    'Mudanzas',
    'Viveros',
    'Seguros',
    'Academia',
    'Carpintería',
    'Energía',
  ],
  pt: [
    'Papelaria',
    'Óptica',
    'Mudanças',
    'Viveiros',
    'Seguros',
    'Academia',
    'Carpintaria',
    'Energia',
  ],
  it: [
    'Ferramenta',
    'Ottica',
    'Traslochi',
    'Vivai',
    'Assicurazioni',
    'Accademia',
    'Falegnameria',
    'Energia',
  ],
  nl: [
    'Tuincentrum',
    'Rijschool',
    'Koffiebranderij',
    'Verzekeringen',
    'Fietsen',
    'Bouw',
    'Reizen',
    'Energie',
  ],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['co.uk', 'com', 'io', 'ie'],
  de: ['de', 'at', 'ch', 'com'],
  fr: ['fr', 'be', 'com', 'ch'],
  es: ['es', 'com', 'com.mx', 'cl'],
  pt: ['pt', 'com.br', 'com', 'pt'],
  it: ['it', 'com', 'it', 'ch'],
  nl: ['nl', 'be', 'com', 'nl'],
}

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

function make(stem: string, lang: Lang, t: number, d: number): Company {
  const trade = TRADES[lang][t % TRADES[lang].length]!
  const slug = slugOf(`${stem}${trade}`)
  return { name: `${stem} ${trade}`, stem, slug, domain: `${slug}.${TLDS[lang][d % 4]}`, lang }
}

/** Every company a language can have: each stem with each trade. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS.flatMap((stem, i) => TRADES[lang].map((_, t) => make(stem, lang, t, i + t)))
}

/** One company per entry of `langs` (at most 160), no stem twice. */
export function pickCompanies(rng: Random, langs: readonly Lang[]): Company[] {
  const stems = rng.shuffle(STEMS)
  if (langs.length > stems.length) throw new Error('more companies than stems')
  return langs.map((lang, i) => make(stems[i]!, lang, rng.int(0, 7), rng.int(0, 3)))
}

/** A sister brand: the same stem under another trade and domain. */
export function sisterOf(c: Company): Company {
  const t = TRADES[c.lang].findIndex((trade) => c.name.endsWith(trade))
  return make(c.stem, c.lang, t + 4, t + 2)
}
