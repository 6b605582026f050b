// Invented companies for the twenty-seventh set: stems built from onsets and endings written for
// this set (the unit test refuses any stem equal to or beginning a word of an earlier set's
// names), look-alike brands, and invented hosted helpdesk and mailing services.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'quib',
  'zorv',
  'plinth',
  'yarrel',
  'vosk',
  'thrum',
  'quell',
  'brisw',
  'kelp',
  'snorv',
  'glimm',
  'wendr',
  'oxb',
  'fyrn',
  'jolv',
  'crask',
  'dwyl',
  'hask',
  'trimb',
  'uzz',
  'mopp',
  'skell',
  'vrang',
  'pibb',
]
const ENDS = [
  'ora',
  'ix',
  'elle',
  'undo',
  'asta',
  'ovy',
  'etti',
  'ameo',
  'uvia',
  'orn',
  'aska',
  'ilo',
  'upa',
  'enzo',
  'yra',
  'occo',
]

/** Pairs that begin a word of an earlier set's names (found once by the unit test's check). */
const CLASHING = new Set<string>(['quiborn', 'glimmora', 'glimmix', 'jolvetti'])

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e)).filter(
  (s) => !CLASHING.has(s),
)

/** Brands of the look-alike senders (services the person really uses). */
export const LOOK_STEMS: readonly string[] = [
  'pelmora',
  'quiddle',
  'strathwick',
  'nubaro',
  'wexhaddon',
  'tallisandro',
  'brevenna',
  'oxquay',
  'hollimby',
  'zandervik',
  'murrowen',
  'cavantil',
  'pendlebeck',
  'ysmera',
  'klovaty',
  'dravesco',
  'fennistraw',
  'sablotto',
  'irvelyn',
  'gorrowby',
  'vatrensi',
  'lunquist',
  'ombretta',
  'harvogel',
]

export const HELPDESK_HOSTS = ['deskkestrin.io', 'ticketmallory.com', 'helpvantrel.net'] as const
export const MAILING_HOSTS = ['sendpellow.com', 'mailbrackwyn.net', 'listorrin.io'] as const

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Ltd', ' & Co', ' Outdoor', ' Home', ' Studio'],
  de: ['', ' GmbH', ' Versand', ' Reisen', ' Technik', ' Markt'],
  fr: ['', ' SAS', ' Boutique', ' Voyages', ' Maison', ' & Fils'],
  es: ['', ' S.L.', ' Tienda', ' Viajes', ' Hogar', ' Deportes'],
  pt: ['', ' Lda', ' Loja', ' Viagens', ' Casa', ' Brasil'],
  it: ['', ' S.r.l.', ' Negozio', ' Viaggi', ' Casa', ' Sport'],
  nl: ['', ' B.V.', ' Winkel', ' Reizen', ' Wonen', ' Fietsen'],
}
const TLD: Record<Lang, readonly string[]> = {
  en: ['.com', '.co.uk', '.io'],
  de: ['.de', '.com', '.at'],
  fr: ['.fr', '.com', '.be'],
  es: ['.es', '.com', '.mx'],
  pt: ['.pt', '.com.br', '.com'],
  it: ['.it', '.com'],
  nl: ['.nl', '.be', '.com'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  lang: Lang
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  return {
    stem,
    name: cap(stem) + rng.pick(SUFFIX[lang]),
    domain: stem + rng.pick(TLD[lang]),
    lang,
  }
}

export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand (a second trading name sharing the helpdesk). */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => s !== c.stem))
  return { ...makeCompany(stem, c.lang, rng), name: `${cap(stem)} by ${cap(c.stem)}` }
}
