// This set's made-up companies: an invented stem (heads x tails, 191 stems), a trade word of the
// company's language and a top-level domain of that language; a sister brand is another stem of
// the same group. The unit test checks no stem occurs in any earlier set's company names.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = [
  'Abr',
  'Brul',
  'Cadm',
  'Dorv',
  'Elst',
  'Frin',
  'Gald',
  'Hosk',
  'Irv',
  'Jolm',
  'Kest',
  'Lunv',
  'Morq',
  'Nasp',
  'Orb',
  'Pell',
]
const TAILS = [
  'ania',
  'ette',
  'ivo',
  'ora',
  'ux',
  'ando',
  'ima',
  'oss',
  'eld',
  'ark',
  'ena',
  'ollo',
]

/** One combination begins an earlier set's company name and is left out. */
const TAKEN = new Set(['Pellora'])

export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t)).filter(
  (s) => !TAKEN.has(s),
)

const TRADES: Record<Lang, readonly string[]> = {
  en: [
    'Outfitters',
    'Lettings',
    'Insurance',
    'Cycles',
    'Pharmacy',
    'Software',
    'Travel',
    'Kitchens',
  ],
  de: [
    'Möbelhaus',
    'Versicherung',
    'Reisen',
    'Fahrräder',
    'Apotheke',
    'Haustechnik',
    'Verlag',
    'Optik',
  ],
  fr: [
    'Voyages',
    'Assurances',
    'Librairie',
    'Électroménager',
    'Cosmétiques',
    'Immobilier',
    'Jardinerie',
    'Optique',
  ],
  es: [
    'Viajes',
    'Seguros',
    'Muebles',
    'Farmacia',
    'Bicicletas',
    'Inmobiliaria',
    'Editorial',
    'Telecom',
  ],
  pt: [
    'Viagens',
    'Seguros',
    'Móveis',
    'Farmácia',
    'Imobiliária',
    'Eletrodomésticos',
    'Livraria',
    'Telecom',
  ],
  it: [
    'Viaggi',
    'Assicurazioni',
    'Arredamenti',
    'Farmacia',
    'Biciclette',
    'Immobiliare',
    'Editore',
    'Ottica',
  ],
  nl: [
    'Reizen',
    'Verzekeringen',
    'Meubelen',
    'Apotheek',
    'Fietsen',
    'Makelaardij',
    'Uitgeverij',
    'Installatietechniek',
  ],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['co.uk', 'com', 'ie'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'com'],
  es: ['es', 'com.mx', 'es'],
  pt: ['pt', 'com.br', 'pt'],
  it: ['it', 'it', 'com'],
  nl: ['nl', 'be', 'nl'],
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
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

function companyOf(rng: Random, stem: string, lang: Lang): Company {
  const slug = slugOf(stem)
  return {
    name: `${stem} ${rng.pick(TRADES[lang])}`,
    stem,
    slug,
    domain: `${slug}.${rng.pick(TLDS[lang])}`,
    lang,
  }
}

/** `count` companies with distinct stems; each language drawn by `langOf`. */
export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  if (count > STEMS.length) throw new Error(`only ${STEMS.length} stems`)
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => companyOf(rng, stem, langOf()))
}

/** A sister brand of the same group (another stem, same language). */
export function sisterOf(rng: Random, c: Company): Company {
  return companyOf(rng, rng.pick(STEMS.filter((s) => s !== c.stem)), c.lang)
}
