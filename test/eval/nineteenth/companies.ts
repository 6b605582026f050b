// The nineteenth set's invented companies: stems built from onsets and endings chosen for this
// set (the unit test checks that none equals or begins a name of the eighteen earlier sets),
// each with a sector word in its own language and a domain under that language's usual TLDs.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'zelv',
  'quob',
  'mirst',
  'dravn',
  'yoml',
  'phext',
  'krund',
  'vosp',
  'glimb',
  'twerd',
  'ombr',
  'straq',
  'fyll',
  'jusk',
  'nethr',
  'bravk',
  'cloq',
  'huzz',
  'ixtq',
  'wrel',
  'skarv',
  'plont',
  'ruvv',
  'tezm',
]
const ENDS = ['ora', 'amo', 'ix', 'ette', 'und', 'ano', 'ia', 'ulo', 'een', 'ask']

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

const SECTORS: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Insurance', 'Travel', 'Labs', 'Energy', 'Books', 'Cycles', 'Telecom'],
  de: ['Reisen', 'Versand', 'Technik', 'Bank', 'Möbel', 'Mobil', 'Verlag', 'Gartenbedarf'],
  fr: ['Voyages', 'Assurances', 'Mobilier', 'Librairie', 'Énergie', 'Optique', 'Télécom'],
  es: ['Viajes', 'Seguros', 'Muebles', 'Librería', 'Energía', 'Deportes', 'Telecom'],
  pt: ['Viagens', 'Seguros', 'Móveis', 'Livraria', 'Energia', 'Desporto', 'Telecom'],
  it: ['Viaggi', 'Assicurazioni', 'Arredamento', 'Libreria', 'Energia', 'Sport', 'Telecom'],
  nl: ['Reizen', 'Verzekeringen', 'Meubels', 'Boekhandel', 'Energie', 'Fietsen', 'Telecom'],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io', 'com.au'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'ca'],
  es: ['es', 'com.mx', 'com.ar'],
  pt: ['pt', 'com.br'],
  it: ['it', 'ch'],
  nl: ['nl', 'be'],
}

export interface Company {
  stem: string
  name: string
  /** Lower-case, letters only: used in hosted helpdesk subdomains. */
  slug: string
  domain: string
  lang: Lang
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const sector = rng.pick(SECTORS[lang])
  const name = rng.chance(0.4) ? capital(stem) : `${capital(stem)} ${sector}`
  return { stem, name, slug: stem, domain: `${stem}.${rng.pick(TLDS[lang])}`, lang }
}

/** `count` distinct companies; each one's language drawn by `langOf`. */
export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  if (count > STEMS.length) throw new Error(`only ${STEMS.length} company stems`)
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand of the same group, answering through its own helpdesk. */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => s !== c.stem))
  return makeCompany(stem, c.lang, rng)
}
