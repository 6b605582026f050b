// Made-up companies: 12 invented heads x 14 tails give 168 stems, each with a trade word and a
// top-level domain of the company's language (regional: es-ES/es-MX, pt-PT/pt-BR, nl-NL/nl-BE).
// None is meant to be a real business; the unit test checks that no stem repeats or begins a
// company name of any earlier set.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = ['Ombr', 'Kestl', 'Vurn', 'Thask', 'Plim', 'Gorv', 'Sabl', 'Ixel', 'Feln', 'Druv']
const MORE_HEADS = ['Yosk', 'Wabr']
const TAILS = ['ezza', 'orim', 'uvia', 'anto', 'elko', 'idra', 'usca', 'omba', 'eyer', 'alda']
const MORE_TAILS = ['inox', 'uret', 'aspa', 'ovin']

export const STEMS: readonly string[] = [...HEADS, ...MORE_HEADS].flatMap((h) =>
  [...TAILS, ...MORE_TAILS].map((t) => h + t),
)

const TRADES: Record<Lang, readonly string[]> = {
  en: ['Cycles', 'Pharmacy', 'Broadband', 'Lettings', 'Kitchens', 'Academy', 'Vets'],
  de: ['Apotheke', 'Fahrräder', 'Küchen', 'Hausverwaltung', 'Tierarzt', 'Akademie', 'Druckerei'],
  fr: ['Pharmacie', 'Cycles', 'Cuisines', 'Immobilier', 'Vétérinaire', 'Académie', 'Imprimerie'],
  es: ['Farmacia', 'Bicicletas', 'Cocinas', 'Inmobiliaria', 'Veterinaria', 'Academia', 'Imprenta'],
  pt: ['Farmácia', 'Bicicletas', 'Cozinhas', 'Imobiliária', 'Veterinária', 'Academia', 'Gráfica'],
  it: ['Farmacia', 'Biciclette', 'Cucine', 'Immobiliare', 'Veterinaria', 'Accademia', 'Tipografia'],
  nl: ['Apotheek', 'Fietsen', 'Keukens', 'Makelaardij', 'Dierenkliniek', 'Academie', 'Drukkerij'],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['co.uk', 'com', 'ie'],
  de: ['de', 'at'],
  fr: ['fr', 'be'],
  es: ['es', 'com.mx', 'mx'],
  pt: ['pt', 'com.br'],
  it: ['it', 'ch'],
  nl: ['nl', 'be'],
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
  const name = `${stem} ${rng.pick(TRADES[lang])}`
  return { name, stem, slug, domain: `${slug}.${rng.pick(TLDS[lang])}`, lang }
}

/** `count` companies with distinct stems; each one's language drawn by `langOf`. */
export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  if (count > STEMS.length) throw new Error(`only ${STEMS.length} stems`)
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => companyOf(rng, stem, langOf()))
}

/** A sister brand of the same group: another stem, same language. */
export function sisterOf(rng: Random, c: Company): Company {
  return companyOf(rng, rng.pick(STEMS.filter((s) => s !== c.stem)), c.lang)
}

/** Is the company's domain Brazilian / Mexican / Belgian (for regional wording)? */
export function regionOf(c: Company): string {
  const tld = c.domain.slice(c.domain.indexOf('.') + 1)
  return `${c.lang}-${tld}`
}
