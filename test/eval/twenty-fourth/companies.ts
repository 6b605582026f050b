// Invented companies for the twenty-fourth set: stems from syllables written for this set (the
// unit test refuses any stem that equals or begins a word of an earlier set's names), mid-sized
// sectors (shops, clinics, schools, municipalities, travel agencies, game studios), and the
// invented hosted helpdesk and mailing services that send for some of them.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'quib',
  'zorv',
  'thresk',
  'vulm',
  'ploxh',
  'drizz',
  'yasc',
  'fenq',
  'gwab',
  'skuv',
  'ozzl',
  'ruhv',
  'knep',
  'wyxt',
  'blorc',
  'jusp',
] as const
const ENDS = [
  'amo',
  'elin',
  'urka',
  'isko',
  'ondra',
  'ette',
  'axo',
  'ivet',
  'ople',
  'eddu',
  'ynth',
  'orba',
  'ulle',
  'anze',
] as const

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the everyday look-alike senders (services the person uses). */
export const LOOK_STEMS: readonly string[] = [
  'hoxbury',
  'pennequin',
  'tralvik',
  'mudgett',
  'cobrisa',
  'yelverto',
  'fanshaw',
  'quennoxa',
  'brisgau',
  'lomeray',
  'ortulan',
  'vespino',
  'gantry',
  'sollwey',
  'crumpet',
  'dravina',
  'holmquay',
  'ixworth',
  'jarrowind',
  'kestova',
  'luddmoor',
  'marqistel',
  'nobbsy',
  'oakhurrow',
  'pimlowe',
  'rendquist',
  'sablewick',
  'tamsell',
  'umberlow',
  'vintrell',
  'wexcombe',
  'yardlow',
  'zennabar',
  'amblecote',
  'birtwhistle',
  'carrowmore',
]

export const HELPDESK_HOSTS = ['desksorrel.io', 'ticketgorse.com', 'helpbramble.net'] as const
export const MAILING_HOSTS = ['sendlinnet.com', 'mailcoppice.net', 'listheath.io'] as const

export const SECTORS = ['shop', 'clinic', 'school', 'council', 'travel', 'games'] as const
export type Sector = (typeof SECTORS)[number]

const TLD: Record<Lang, readonly string[]> = {
  en: ['co.uk', 'com', 'ie'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be'],
  es: ['es', 'com.mx'],
  pt: ['pt', 'com.br'],
  it: ['it'],
  nl: ['nl', 'be'],
}

const NAMED: Record<Lang, Record<Sector, readonly string[]>> = {
  en: {
    shop: ['{S} Homeware', '{S} Outdoor'],
    clinic: ['{S} Dental Practice', '{S} Physio'],
    school: ['{S} Primary School', '{S} Language School'],
    council: ['{S} Parish Council', '{S} District Council'],
    travel: ['{S} Travel', '{S} Holidays'],
    games: ['{S} Games', '{S} Interactive'],
  },
  de: {
    shop: ['{S} Wohnen', '{S} Fahrradladen'],
    clinic: ['Praxis {S}', 'Zahnarztpraxis {S}'],
    school: ['{S}-Gymnasium', 'Musikschule {S}'],
    council: ['Gemeinde {S}', 'Stadtverwaltung {S}'],
    travel: ['{S} Reisen', 'Reisebüro {S}'],
    games: ['{S} Spielestudio', '{S} Games'],
  },
  fr: {
    shop: ['Maison {S}', '{S} Librairie'],
    clinic: ['Cabinet {S}', 'Clinique {S}'],
    school: ['École {S}', 'Collège {S}'],
    council: ['Mairie de {S}', 'Communauté de communes {S}'],
    travel: ['{S} Voyages', 'Agence {S}'],
    games: ['Studio {S}', '{S} Jeux'],
  },
  es: {
    shop: ['Tienda {S}', '{S} Hogar'],
    clinic: ['Clínica {S}', 'Centro Médico {S}'],
    school: ['Colegio {S}', 'Academia {S}'],
    council: ['Ayuntamiento de {S}', 'Concello de {S}'],
    travel: ['Viajes {S}', '{S} Tours'],
    games: ['{S} Estudio', '{S} Games'],
  },
  pt: {
    shop: ['Loja {S}', '{S} Casa'],
    clinic: ['Clínica {S}', 'Consultório {S}'],
    school: ['Escola {S}', 'Colégio {S}'],
    council: ['Câmara Municipal de {S}', 'Prefeitura de {S}'],
    travel: ['{S} Viagens', 'Agência {S}'],
    games: ['{S} Jogos', 'Estúdio {S}'],
  },
  it: {
    shop: ['{S} Casa', 'Bottega {S}'],
    clinic: ['Studio Medico {S}', 'Poliambulatorio {S}'],
    school: ['Istituto {S}', 'Scuola {S}'],
    council: ['Comune di {S}', 'Unione dei Comuni {S}'],
    travel: ['{S} Viaggi', 'Agenzia {S}'],
    games: ['{S} Games', 'Studio {S}'],
  },
  nl: {
    shop: ['{S} Wonen', 'Fietsenwinkel {S}'],
    clinic: ['Tandartspraktijk {S}', 'Fysio {S}'],
    school: ['Basisschool {S}', 'Muziekschool {S}'],
    council: ['Gemeente {S}', 'Waterschap {S}'],
    travel: ['{S} Reizen', 'Reisbureau {S}'],
    games: ['{S} Games', 'Studio {S}'],
  },
}

export interface Company {
  stem: string
  /** The registered name, from the stem. */
  name: string
  /** The name shown in the sender row: sometimes a trading name that differs from the stem. */
  display: string
  domain: string
  lang: Lang
  sector: Sector
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export function makeCompany(stem: string, lang: Lang, rng: Random, trading?: string): Company {
  const sector = rng.pick(SECTORS)
  const name = rng.pick(NAMED[lang][sector]).replace('{S}', cap(stem))
  const display = trading ? rng.pick(NAMED[lang][sector]).replace('{S}', cap(trading)) : name
  return { stem, name, display, domain: `${stem}.${rng.pick(TLD[lang])}`, lang, sector }
}

/** Distinct companies; about one in five trades under another name than its domain's. */
export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng, rng.chance(0.2) ? rng.pick(STEMS) : undefined))
}

export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => s !== c.stem))
  return makeCompany(stem, c.lang, rng)
}
