// Invented company, brand and service names of the thirty-second set. Every stem starts with
// B, D, F, G, H, L, M, P, R or T and neither equals nor begins a word of any earlier set's names
// (checked by test/unit/eval-thirty-second.test.ts).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = ['Fendr', 'Lurn', 'Prend', 'Rulk', 'Tevv', 'Bovq', 'Fiss', 'Hebb', 'Lisk', 'Mald']
const TAILS = [
  'ora',
  'ium',
  'eth',
  'ally',
  'opa',
  'ines',
  'ware',
  'hold',
  'berry',
  'stead',
  'wick',
  'mont',
  'fold',
  'quay',
  'nest',
  'yard',
]
/** Companies whose forms a wave abuses (160, enough for the largest wave). */
export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t))

const LOOK_HEADS = ['Pofr', 'Torb', 'Bezz', 'Dwor', 'Gniv', 'Mrav', 'Pwel', 'Rhov', 'Tuzz', 'Blenk']
const LOOK_TAILS = ['ago', 'elle', 'ix', 'onda', 'urst', 'eck', 'amo', 'ivo']
/** Brands of the everyday mail the person wants (look-alikes, holiday shops, own bursts). */
export const LOOK_STEMS: readonly string[] = LOOK_HEADS.flatMap((h) => LOOK_TAILS.map((t) => h + t))

/** Invented hosted helpdesk and mailing services (the company's slug is their subdomain). */
export const HELPDESK_HOSTS: readonly string[] = ['dreffdesk.io', 'frovtickets.com', 'gwinhelp.net']
export const MAILING_HOSTS: readonly string[] = ['hofflist.com', 'lembsend.net', 'murfmail.email']
/** Services of the ordinary quiet-inbox mail (code host, calendar, forum). */
export const SERVICES = { code: 'Rinzforge', calendar: 'Tolvcal', forum: 'Dreffboard' } as const

const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'com'],
  es: ['es', 'com.mx', 'com'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com', 'eu'],
  nl: ['nl', 'be', 'com'],
}
const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Ltd', ' Co.', ' Labs'],
  de: ['', ' GmbH', ' AG'],
  fr: ['', ' SAS', ' & Fils'],
  es: ['', ' S.L.', ' Tienda'],
  pt: ['', ' Lda', ' Ltda'],
  it: ['', ' S.r.l.', ' Store'],
  nl: ['', ' B.V.', ' Winkel'],
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export interface Company {
  stem: string
  name: string
  domain: string
  slug: string
  lang: Lang
}

export function company(rng: Random, stem: string, lang: Lang): Company {
  const slug = stem.toLowerCase()
  return {
    stem,
    name: cap(stem) + rng.pick(SUFFIX[lang]),
    domain: `${slug}.${rng.pick(TLD[lang])}`,
    slug,
    lang,
  }
}

/** A sister brand of the same group, answering through the group's helpdesk. */
export function sisterOf(rng: Random, c: Company): Company {
  const group = rng.pick(['Group', 'Holding', 'Brands'])
  return { ...c, name: `${cap(c.stem)} ${group}`, domain: `${c.slug}-${group.toLowerCase()}.com` }
}
