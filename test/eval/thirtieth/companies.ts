// Invented company stems for the thirtieth set (checked by the unit test against every word of
// every earlier set's company names), invented hosted helpdesk, mailing and applicant-tracking
// services, and the company records a wave or a look-alike sender is drawn from.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'qorv',
  'zimbr',
  'thuvv',
  'ploxt',
  'drevk',
  'wyskel',
  'fonj',
  'bruxh',
  'kelvu',
  'mazzq',
  'ruvv',
  'yebbr',
  'spundr',
  'vlorq',
  'cwenn',
  'hjalv',
] as const
const ENDS = [
  'aro',
  'elle',
  'ionu',
  'ustra',
  'ikka',
  'adoz',
  'enno',
  'ivva',
  'umor',
  'errat',
  'olk',
  'ythe',
] as const

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the everyday look-alike senders (shops, banks, clubs, apps), apart from STEMS. */
const LOOK_ONSETS = [
  'xanth',
  'pybb',
  'gorfl',
  'tessv',
  'nuxb',
  'ombrq',
  'lacq',
  'jivv',
  'fesq',
  'hobbr',
  'kwint',
  'uzzl',
] as const
const LOOK_ENDS = [
  'ira',
  'ondo',
  'elia',
  'usk',
  'amix',
  'orra',
  'etti',
  'awyn',
  'ulbo',
  'ique',
] as const
export const LOOK_STEMS: readonly string[] = LOOK_ONSETS.flatMap((o) => LOOK_ENDS.map((e) => o + e))

export const HELPDESK_HOSTS = ['deskwhorl.io', 'ticketsalp.com', 'helpmorrow.net'] as const
export const MAILING_HOSTS = ['sendquiver.com', 'mailbrisket.net', 'listcrannog.io'] as const
export const ATS_HOSTS = ['hirequell.com', 'applyvetch.io', 'talentyarrow.com'] as const

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const TLD: Record<Lang, readonly string[]> = {
  en: ['.co.uk', '.com', '.io'],
  de: ['.de', '.at', '.ch'],
  fr: ['.fr', '.be', '.com'],
  es: ['.es', '.com.mx', '.com'],
  pt: ['.pt', '.com.br', '.com'],
  it: ['.it', '.com'],
  nl: ['.nl', '.be'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  lang: Lang
  /** Hosted helpdesk subdomain and mailing-service subdomain that send for it. */
  helpdesk: string
  mailing: string
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const domain = stem + rng.pick(TLD[lang])
  return {
    stem,
    name: cap(stem),
    domain,
    lang,
    helpdesk: `${stem}.${rng.pick(HELPDESK_HOSTS)}`,
    mailing: `${stem}.${rng.pick(MAILING_HOSTS)}`,
  }
}

/** `count` companies of distinct stems, none of `taken`. */
export function pickCompanies(
  rng: Random,
  count: number,
  langOf: () => Lang,
  taken: ReadonlySet<string> = new Set(),
): Company[] {
  const free = rng.shuffle(STEMS.filter((s) => !taken.has(s)))
  if (free.length < count) throw new Error(`only ${free.length} stems left for ${count}`)
  return free.slice(0, count).map((stem) => makeCompany(stem, langOf(), rng))
}

/** A look-alike brand (bank, shop, club, app) not yet used in this scenario. */
export function lookBrand(rng: Random, lang: Lang, used: Set<string>): Company {
  const free = LOOK_STEMS.filter((s) => !used.has(s))
  const stem = free.length > 0 ? rng.pick(free) : rng.pick(LOOK_STEMS)
  used.add(stem)
  return makeCompany(stem, lang, rng)
}

/** A sister brand of the same group, whose helpdesk answers for it. */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = `${c.stem}${rng.pick(['go', 'plus', 'home'])}`
  return {
    ...makeCompany(stem, c.lang, rng),
    name: `${c.name} ${rng.pick(['Go', 'Plus', 'Home'])}`,
  }
}
