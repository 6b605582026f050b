// Invented company stems for the twenty-eighth set (none equal to or beginning a word of an
// earlier set's names: checked by the unit test), the hosted helpdesk and mailing services the
// wave mail goes through, and each company's region (the regional variant its texts use).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = ['zubr', 'quenn', 'vosk', 'tremb', 'ylv', 'pforz', 'gnaul', 'hext', 'drusk', 'brunz']
const MORE = ['klaff', 'smuy', 'jozz', 'wrax', 'fjeld', 'oxb', 'plyv', 'czarn', 'ruwk', 'tsyl']
const ENDS = ['imo', 'ella', 'ovik', 'urne', 'eqbu', 'enty', 'oque', 'ilda', 'ungo', 'ayre']

export const STEMS: readonly string[] = [...ONSETS, ...MORE].flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the look-alike mail (services the person really uses). */
export const LOOK_STEMS: readonly string[] = [
  'quillmarsh',
  'tobrenza',
  'vuskerrow',
  'myrtlegap',
  'ondreska',
  'pelvaro',
  'skorrin',
  'haldimer',
  'brisqueo',
  'fennowick',
  'gruzzle',
  'lomvaste',
  'nuterra',
  'yolbridge',
  'cadwyno',
  'zestrilo',
  'ombracht',
  'kivvel',
  'ruscombe',
  'tarnowy',
  'helvaglo',
  'wispaly',
  'ducarne',
  'prevlick',
]

export const HELPDESK_HOSTS = ['deskquarrel.io', 'ticketfathom.com', 'helpbrazier.net'] as const
export const MAILING_HOSTS = ['sendcobble.com', 'mailthimble.net', 'listspindrift.io'] as const

export const REGIONS: Record<Lang, readonly string[]> = {
  en: ['en-GB', 'en-US'],
  de: ['de-DE', 'de-AT', 'de-CH'],
  fr: ['fr-FR', 'fr-BE', 'fr-CH', 'fr-CA'],
  es: ['es-ES', 'es-MX', 'es-AR'],
  pt: ['pt-PT', 'pt-BR'],
  it: ['it-IT'],
  nl: ['nl-NL', 'nl-BE'],
}

const TLD: Record<string, string> = {
  'en-GB': 'co.uk',
  'en-US': 'com',
  'de-DE': 'de',
  'de-AT': 'at',
  'de-CH': 'ch',
  'fr-FR': 'fr',
  'fr-BE': 'be',
  'fr-CH': 'ch',
  'fr-CA': 'ca',
  'es-ES': 'es',
  'es-MX': 'com.mx',
  'es-AR': 'com.ar',
  'pt-PT': 'pt',
  'pt-BR': 'com.br',
  'it-IT': 'it',
  'nl-NL': 'nl',
  'nl-BE': 'be',
}

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Dental', 'Lettings', 'Academy', 'Cycles', 'Insurance', ''],
  de: ['Reisen', 'Versand', 'Hausverwaltung', 'Optik', 'Versicherung', ''],
  fr: ['Voyages', 'Mutuelle', 'Immobilier', 'Atelier', 'Librairie', ''],
  es: ['Viajes', 'Seguros', 'Inmobiliaria', 'Academia', 'Ópticas', ''],
  pt: ['Viagens', 'Seguros', 'Imobiliária', 'Calçado', 'Farmácia', ''],
  it: ['Viaggi', 'Assicurazioni', 'Immobiliare', 'Ottica', 'Calzature', ''],
  nl: ['Reizen', 'Verzekeringen', 'Makelaardij', 'Fietsen', 'Opticiens', ''],
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export interface Company {
  stem: string
  name: string
  domain: string
  lang: Lang
  region: string
  /** Formal address (Sie, vous, usted, Lei, u) or informal (du, tu, tú, você/tu, je). */
  formal: boolean
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const region = rng.pick(REGIONS[lang])
  const suffix = rng.pick(SUFFIX[lang])
  return {
    stem,
    name: suffix ? `${cap(stem)} ${suffix}` : cap(stem),
    domain: `${stem}.${TLD[region]}`,
    lang,
    region,
    formal: rng.chance(0.6),
  }
}

export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand whose helpdesk answers for the company. */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => s !== c.stem))
  return { ...makeCompany(stem, c.lang, rng), name: `${cap(stem)} Group` }
}
