// Invented company stems for the twenty-first set (odd onsets x endings, so none equals or begins
// a word of an earlier set's names; the unit test checks), with their domains and senders.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'zyv',
  'qelt',
  'vrax',
  'khur',
  'oxl',
  'yzm',
  'thwa',
  'pryx',
  'gvol',
  'wexq',
  'xojr',
  'uzk',
  'fyrn',
  'tsev',
  'ixb',
  'kwim',
  'brozh',
  'ulv',
  'snaq',
  'dwy',
]
const ENDS = [
  'amo',
  'ette',
  'uin',
  'ors',
  'exa',
  'ily',
  'ond',
  'ura',
  'isk',
  'olt',
  'ane',
  'ivo',
  'umq',
  'ech',
  'asp',
  'ire',
]

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

const TLD: Record<Lang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}
const KINDS: Record<Lang, readonly string[]> = {
  en: ['Home', 'Outdoors', 'Labs', 'Travel', 'Bikes'],
  de: ['Versand', 'Technik', 'Reisen', 'Möbel', 'Sport'],
  fr: ['Maison', 'Voyages', 'Librairie', 'Optique', 'Jardin'],
  es: ['Hogar', 'Viajes', 'Deportes', 'Moda', 'Tecnología'],
  pt: ['Casa', 'Viagens', 'Desporto', 'Moda', 'Livraria'],
  it: ['Casa', 'Viaggi', 'Sport', 'Moda', 'Ottica'],
  nl: ['Wonen', 'Reizen', 'Fietsen', 'Mode', 'Tuin'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  lang: Lang
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const name = rng.chance(0.5) ? cap(stem) : `${cap(stem)} ${rng.pick(KINDS[lang])}`
  const tld = rng.chance(0.4) ? 'com' : TLD[lang]
  return { stem, name, domain: `${stem}.${tld}`, lang }
}

export function pickCompanies(
  rng: Random,
  count: number,
  langOf: () => Lang,
  taken: ReadonlySet<string> = new Set(),
): Company[] {
  return rng
    .shuffle(STEMS.filter((s) => !taken.has(s)))
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand sharing the group's helpdesk. */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => s !== c.stem))
  return makeCompany(stem, c.lang, rng)
}

/** Invented hosted helpdesk and mailing services (their subdomains carry the company). */
export const HELPDESK_HOSTS = ['deskvoro.io', 'tiqlane.com', 'supportwhirl.net'] as const
export const MAILING_HOSTS = ['sendquarry.com', 'mailfjord.net', 'listbrook.io'] as const
