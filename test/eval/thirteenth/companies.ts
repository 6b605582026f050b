// Made-up companies: 12 invented heads x 12 tails give 144 stems, each with a trade word and a
// top-level domain of its language. None is meant to be a real business; the unit test checks
// that no stem of this set occurs anywhere in the twelve earlier sets' company files.
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
  'Brax',
  'Cindr',
  'Dulm',
  'Evrik',
  'Fosk',
  'Gildr',
  'Harv',
  'Isk',
  'Jolv',
  'Krent',
  'Lysk',
  'Morb',
]
const TAILS = [
  'alder',
  'ovane',
  'ettix',
  'urova',
  'indle',
  'oscu',
  'apelt',
  'irrow',
  'eccan',
  'umbel',
  'astor',
  'ylon',
]

export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t))

const TRADES: Record<Lang, readonly string[]> = {
  en: ['Bikes', 'Lettings', 'Broadband', 'Kitchens', 'Tours', 'Cover', 'Labs'],
  de: ['Fahrräder', 'Stadtwerke', 'Ferienhäuser', 'Küchen', 'Baumarkt', 'Zahntechnik', 'Verlag'],
  fr: ['Vélos', 'Immobilier', 'Cuisines', 'Croisières', 'Jardinerie', 'Banque', 'Éditions'],
  es: ['Bicicletas', 'Inmobiliaria', 'Cocinas', 'Cruceros', 'Jardinería', 'Editorial', 'Clínica'],
  pt: ['Bicicletas', 'Imobiliária', 'Cozinhas', 'Cruzeiros', 'Jardinagem', 'Editora', 'Clínica'],
  it: ['Biciclette', 'Immobiliare', 'Cucine', 'Crociere', 'Giardinaggio', 'Editrice', 'Clinica'],
  nl: ['Fietsen', 'Makelaardij', 'Keukens', 'Cruises', 'Tuincentrum', 'Uitgeverij', 'Kliniek'],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'ie', 'ca'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'ch'],
  es: ['es', 'com.mx', 'cl'],
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

function company(stem: string, i: number, lang: Lang): Company {
  const trades = TRADES[lang]
  const tlds = TLDS[lang]
  const trade = trades[i % trades.length]!
  const slug = slugOf(stem)
  const domain = `${slug}${i % 3 === 0 ? '-' + slugOf(trade) : ''}.${tlds[i % tlds.length]!}`
  return { name: `${stem} ${trade}`, stem, slug, domain, lang }
}

export function allCompanies(lang: Lang): Company[] {
  return STEMS.map((stem, i) => company(stem, i, lang))
}

/** count distinct companies (distinct stems), each in a language drawn from langs. */
export function pickCompanies(rng: Random, langs: readonly Lang[], count: number): Company[] {
  const stems = rng.shuffle(STEMS.map((_, i) => i)).slice(0, Math.min(count, STEMS.length))
  return stems.map((i) => company(STEMS[i]!, i, rng.pick(langs)))
}

/** The sister brand whose helpdesk answers for a company (another stem, same language). */
export function sisterOf(c: Company): Company {
  const i = STEMS.indexOf(c.stem)
  const j = (i + 37) % STEMS.length
  return company(STEMS[j]!, j, c.lang)
}
