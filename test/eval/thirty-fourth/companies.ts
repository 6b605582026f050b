// Invented company, brand and service names of the thirty-fourth set. Every stem starts with D, E,
// I, J, V or Y and is built from syllables chosen so that no stem equals or begins a word of an
// earlier set's names (the unit test checks this against every earlier companies.ts).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = [
  'dwy',
  'drue',
  'dyx',
  'eix',
  'evq',
  'ezzu',
  'ilv',
  'izo',
  'iuq',
  'jov',
  'jurq',
  'jyb',
]
const MORE_HEADS = ['vey', 'vrau', 'vyq', 'yel', 'yaqu', 'yzm']
const TAILS = ['qtar', 'mbrel', 'xorn', 'fwick', 'poldt', 'gryn', 'teskv', 'balq', 'nuvz', 'cairx']
const STEM_POOL = [...HEADS, ...MORE_HEADS].flatMap((h) => TAILS.map((t) => h + t))

/** 180 stems: the first 150 for wave companies, the rest for look-alike brands. */
export const STEMS: readonly string[] = STEM_POOL.slice(0, 150)
export const LOOK_STEMS: readonly string[] = STEM_POOL.slice(150)

/** Employers of the job seeker and of the club members (reply storms). */
const WORK_HEADS = ['dazh', 'ejv', 'iqst', 'jelw', 'vuzk', 'yorp']
const WORK_TAILS = ['amo', 'ette', 'undo', 'arix', 'olve', 'ivka', 'esso', 'umbra']
export const WORK_STEMS: readonly string[] = WORK_HEADS.flatMap((h) => WORK_TAILS.map((t) => h + t))

/** Invented hosted services (helpdesk, mailing, applicant tracking, monitoring). */
export const HELPDESK_HOSTS: readonly string[] = ['dreqdesk.io', 'ivtickets.net', 'yupcare.com']
export const MAILING_HOSTS: readonly string[] = ['evsendq.com', 'jyxlist.net', 'vommailer.email']
export const ATS_HOSTS: readonly string[] = [
  'jobs.dyrchire.com',
  'apply.evqtalent.io',
  'careers.yzwork.net',
]
export const SERVICES = {
  monitor: 'Vixwatch',
  cloud: 'Ydrocloud',
  certs: 'Eqcert',
  code: 'Dyggit',
  calendar: 'Ivocal',
  forum: 'Jubforum',
} as const

export const TLD: Record<Lang, string> = {
  en: 'com',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'com.br',
  it: 'it',
  nl: 'nl',
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const KINDS: Record<Lang, readonly string[]> = {
  en: ['', ' Ltd', ' Store', ' Labs', ' Travel', ' Bank'],
  de: ['', ' GmbH', ' Shop', ' AG', ' Versand', ' Reisen'],
  fr: ['', ' SAS', ' Boutique', ' Voyages', ' & Cie', ' Assurances'],
  es: ['', ' S.L.', ' Tienda', ' Viajes', ' Seguros', ' Online'],
  pt: ['', ' Ltda', ' Loja', ' Viagens', ' Seguros', ' Digital'],
  it: ['', ' S.r.l.', ' Negozio', ' Viaggi', ' Assicurazioni', ' Online'],
  nl: ['', ' B.V.', ' Winkel', ' Reizen', ' Verzekeringen', ' Online'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  lang: Lang
}

export function company(rng: Random, stem: string, lang: Lang): Company {
  return {
    stem,
    name: cap(stem) + rng.pick(KINDS[lang]),
    domain: `${stem}.${TLD[lang]}`,
    lang,
  }
}

/** A sister brand: same group, other stem, its helpdesk answers for both. */
export function sisterOf(rng: Random, c: Company, stems: readonly string[]): Company {
  const other = rng.pick(stems.filter((s) => s !== c.stem))
  return company(rng, other, c.lang)
}
