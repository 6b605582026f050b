// Invented company stems for the twenty-sixth set (none equal to or beginning a word of an earlier
// set's names; the unit test checks), the brands of everyday look-alike senders, and invented
// hosted helpdesk and mailing services.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'quov',
  'zelb',
  'prav',
  'dwin',
  'fusk',
  'glom',
  'hyrt',
  'jask',
  'kweld',
  'lurv',
  'mozz',
  'nyb',
  'ovrid',
  'pweth',
  'rindl',
  'sarp',
  'thov',
  'uzb',
  'vrek',
  'wulp',
  'yerv',
  'zoft',
  'bleck',
  'cwarn',
  'drisp',
  'ephr',
]
const ENDS = ['anu', 'ekko', 'ista', 'orby', 'umel', 'axo']
export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the person's everyday services (look-alike senders). */
export const LOOK_STEMS: readonly string[] = [
  'pelvora',
  'munthia',
  'quastel',
  'brivvan',
  'solmerk',
  'tavizzo',
  'kronbalt',
  'velquin',
  'darnish',
  'fyllbo',
  'gospryn',
  'haltuvo',
  'iskrel',
  'jorvane',
  'kelmuth',
  'lonsebb',
  'mirvask',
  'nuttaro',
  'obrelly',
  'pryssa',
  'quindel',
  'rovakki',
  'sebbolt',
  'tirwayn',
  'ulvessa',
  'vandroe',
  'wexholm',
  'xanthery',
  'yobrisk',
  'zulmera',
  'ambrevo',
  'brelquist',
]

export const HELPDESK_HOSTS = ['deskquillon.io', 'ticketbriar.com', 'helpwendle.net'] as const
export const MAILING_HOSTS = ['sendtamarisk.com', 'mailhollin.net', 'listfarrow.io'] as const
export const MAILING_PREFIXES = ['bounce-', 'mail.', 'em.', 'e.', 'send.'] as const

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Ltd', ' & Co', ' Labs'],
  de: ['', ' GmbH', ' AG', ' Werke'],
  fr: ['', ' SAS', ' & Fils', ' SA'],
  es: ['', ' S.L.', ' S.A. de C.V.', ' Hermanos'],
  pt: ['', ' Ltda', ' Lda', ' S.A.'],
  it: ['', ' S.r.l.', ' S.p.A.', ' & Figli'],
  nl: ['', ' B.V.', ' & Zn', ' N.V.'],
}
const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'ca'],
  es: ['es', 'com.mx'],
  pt: ['com.br', 'pt'],
  it: ['it'],
  nl: ['nl', 'be'],
}

export interface Company {
  stem: string
  name: string
  lang: Lang
  domain: string
  /** Region by domain ending: de-AT, fr-CA, pt-BR, ... */
  region: string
}

const REGION: Record<string, string> = {
  'co.uk': 'en-GB',
  com: 'en-US',
  io: 'en-US',
  de: 'de-DE',
  at: 'de-AT',
  ch: 'de-CH',
  fr: 'fr-FR',
  ca: 'fr-CA',
  es: 'es-ES',
  'com.mx': 'es-MX',
  'com.br': 'pt-BR',
  pt: 'pt-PT',
  it: 'it-IT',
  nl: 'nl-NL',
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const tld = rng.pick(TLD[lang])
  const region = tld === 'be' ? (lang === 'fr' ? 'fr-BE' : 'nl-BE') : (REGION[tld] ?? lang)
  return { stem, name: cap(stem) + rng.pick(SUFFIX[lang]), lang, domain: `${stem}.${tld}`, region }
}

export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand: same group, its own name and helpdesk. */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = `${c.stem}${rng.pick(['group', 'care', 'plus'])}`
  return {
    ...c,
    stem,
    name: `${cap(c.stem)} ${rng.pick(['Group', 'Care', 'Plus'])}`,
    domain: `${stem}.com`,
  }
}
