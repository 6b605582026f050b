// Invented company stems of the twenty-second set (no stem equals or begins a word of an earlier
// set's names: the unit test checks), companies built from them per language, sister brands, and
// the invented hosted helpdesk and mailing services that send for them.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'thorv',
  'klem',
  'wuzz',
  'brisq',
  'fjal',
  'gorv',
  'hask',
  'jurn',
  'plov',
  'snyd',
  'trak',
  'vosk',
  'yelm',
  'zabr',
  'drun',
  'ruvv',
  'mib',
  'oxl',
  'pelk',
  'skarn',
  'tuvv',
]
const ENDS = [
  'ando',
  'ifex',
  'ulo',
  'emna',
  'oqa',
  'ysk',
  'arro',
  'illo',
  'ekt',
  'umbe',
  'axa',
  'ovi',
]
/** Combinations that begin a word of an earlier set's names. */
const SKIP = new Set(['gorvovi', 'plovarro', 'ruvvulo'])

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e)).filter(
  (s) => !SKIP.has(s),
)

/** Invented hosted helpdesk and mailing services (subdomains per company). */
export const HELPDESK_HOSTS = ['caskdesk.io', 'tiketorb.com', 'helpquay.net'] as const
export const MAILING_HOSTS = ['postmeld.com', 'sendharrow.net', 'listkiln.io'] as const

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Labs', ' Outfitters', ' Home', ' Studio'],
  de: ['', ' GmbH', ' Versand', ' Reisen', ' Technik'],
  fr: ['', ' SAS', ' Maison', ' Voyages', ' Boutique'],
  es: ['', ' S.L.', ' Hogar', ' Viajes', ' Tienda'],
  pt: ['', ' Lda', ' Loja', ' Viagens', ' Casa'],
  it: ['', ' S.r.l.', ' Casa', ' Viaggi', ' Negozio'],
  nl: ['', ' B.V.', ' Wonen', ' Reizen', ' Winkel'],
}
const TLD: Record<Lang, readonly string[]> = {
  en: ['.com', '.co.uk', '.io'],
  de: ['.de', '.at', '.ch'],
  fr: ['.fr', '.be', '.com'],
  es: ['.es', '.com.mx', '.com'],
  pt: ['.pt', '.com.br', '.com.br'],
  it: ['.it', '.com'],
  nl: ['.nl', '.be'],
}

export interface Company {
  stem: string
  name: string
  slug: string
  domain: string
  lang: Lang
  /** pt-BR or pt-PT for Portuguese companies, else the language. */
  variant: string
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const name = cap(stem) + rng.pick(SUFFIX[lang])
  const tld = rng.pick(TLD[lang])
  const variant = lang === 'pt' ? (tld === '.pt' ? 'pt-PT' : 'pt-BR') : lang
  return { stem, name, slug: stem, domain: stem + tld, lang, variant }
}

/** count distinct companies; langOf chooses each one's language. */
export function pickCompanies(
  rng: Random,
  count: number,
  langOf: () => Lang,
  taken: ReadonlySet<string> = new Set(),
): Company[] {
  const free = rng.shuffle(STEMS.filter((s) => !taken.has(s)))
  if (count > free.length) throw new Error(`only ${free.length} stems left`)
  return free.slice(0, count).map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand sharing the company's helpdesk (same stem, a group name). */
export function sisterOf(rng: Random, c: Company): Company {
  const group = rng.pick(['group', 'family', 'brands'])
  return { ...c, name: `${cap(c.stem)} ${cap(group)}`, slug: `${c.stem}${group}` }
}
