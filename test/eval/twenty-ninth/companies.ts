// Invented companies for the twenty-ninth set: stems built from syllables no earlier set used
// (the unit test refuses any stem equal to or beginning a word of an earlier set's names), the
// brands of the everyday look-alike mail, and the invented hosted helpdesk and mailing services.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'qwellin',
  'brask',
  'thorv',
  'plinn',
  'skev',
  'drumm',
  'yarrow',
  'fennic',
  'globb',
  'worrel',
  'krast',
  'vumb',
  'zellat',
  'hobbor',
  'trillo',
  'moskev',
  'pruff',
  'larrig',
  'snoov',
  'cwyll',
] as const
const ENDS = ['ique', 'ovo', 'asta', 'endy', 'urra', 'imo', 'ayle', 'oxa', 'ettu'] as const

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the everyday mail the person wants (newsletters, banks, shops, apps, carriers). */
export const LOOK_STEMS: readonly string[] = [
  'quippelo',
  'marravel',
  'stobbin',
  'tuvvaro',
  'orrelund',
  'pheskin',
  'wumbleton',
  'ciravast',
  'dromquay',
  'ezzorin',
  'fobbery',
  'gilvatch',
  'harrowmint',
  'ivvelot',
  'jostrand',
  'kelvamo',
  'lompery',
  'nuddick',
  'ospreyne',
  'parvolo',
  'quabbin',
  'rindlesk',
  'sorvaty',
  'twillock',
]

export const HELPDESK_HOSTS = ['deskplover.io', 'ticketmarram.com', 'helpquillet.net'] as const
export const MAILING_HOSTS = ['sendwimbrel.com', 'mailsamphire.net', 'listgarrigue.io'] as const

const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'com'],
  es: ['es', 'com.mx', 'com'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com'],
  nl: ['nl', 'be'],
}
const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Ltd', ' Labs', ' & Co'],
  de: ['', ' GmbH', ' Versand'],
  fr: ['', ' SAS', ' Boutique'],
  es: ['', ' S.L.', ' Tienda'],
  pt: ['', ' Lda', ' Loja'],
  it: ['', ' S.r.l.', ' Negozio'],
  nl: ['', ' B.V.', ' Winkel'],
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

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
    domain: `${stem}.${rng.pick(TLD[lang])}`,
    lang,
  }
}

export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand (its helpdesk answers for the company in own bursts). */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = `${c.stem}${rng.pick(['hub', 'care', 'direct'])}`
  return {
    stem,
    name: `${cap(c.stem)} ${cap(stem.slice(c.stem.length))}`,
    domain: `${stem}.com`,
    lang: c.lang,
  }
}
