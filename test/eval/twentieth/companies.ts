// Invented company stems for the twentieth set (onset + ending), none equal to or beginning a word
// of an earlier set's company names (the unit test checks every one), and the companies, look-alike
// brands and sister brands built from them.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { capital } from './records.ts'

// prettier-ignore
const ONSETS = [
  'brisk', 'calv', 'dro', 'ebb', 'fjal', 'grub', 'hov', 'isk', 'jem', 'kolv', 'lint', 'mabb',
  'nuv', 'opp', 'prag', 'quib', 'rusk', 'sab', 'tuv', 'umb', 'vadd', 'wex', 'yol', 'zabb',
]
// prettier-ignore
const ENDS = [
  'enk', 'orth', 'ulm', 'issa', 'avo', 'ebbo', 'irn', 'omma', 'uxa', 'esk', 'adda', 'ilvo',
  'ornu', 'ubbe', 'elq', 'ymar',
]

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** What a company adds to its stem, per language ('' keeps the stem alone). */
const SUFFIXES: Record<Lang, readonly string[]> = {
  en: ['', '', ' Labs', ' Outdoor', ' Home', ' & Co', ' Supply'],
  de: ['', '', ' GmbH', ' Versand', ' Reisen', ' Technik', ' Möbel'],
  fr: ['', '', ' SAS', ' Maison', ' Voyages', ' Boutique', ' Optique'],
  es: ['', '', ' S.L.', ' Hogar', ' Viajes', ' Moda', ' Deportes'],
  pt: ['', '', ' Lda', ' Casa', ' Viagens', ' Moda', ' Saúde'],
  it: ['', '', ' S.r.l.', ' Casa', ' Viaggi', ' Moda', ' Ottica'],
  nl: ['', '', ' B.V.', ' Wonen', ' Reizen', ' Fietsen', ' Mode'],
}
const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io', 'com'],
  de: ['de', 'de', 'com', 'at'],
  fr: ['fr', 'fr', 'com', 'be'],
  es: ['es', 'es', 'com', 'com.mx'],
  pt: ['pt', 'com.br', 'com', 'pt'],
  it: ['it', 'it', 'com', 'it'],
  nl: ['nl', 'nl', 'com', 'be'],
}

export interface Company {
  stem: string
  /** Display name, e.g. "Kolvorth Reisen". */
  name: string
  /** Lower-case letters only, for host names. */
  slug: string
  domain: string
  lang: Lang
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const name = capital(stem) + rng.pick(SUFFIXES[lang])
  return { stem, name, slug: stem, domain: `${stem}.${rng.pick(TLDS[lang])}`, lang }
}

/** count companies on distinct stems, none of those in `taken`, each in the language langOf gives. */
export function pickCompanies(
  rng: Random,
  count: number,
  langOf: () => Lang,
  taken: ReadonlySet<string> = new Set(),
): Company[] {
  const stems = rng.shuffle(STEMS.filter((s) => !taken.has(s)))
  if (stems.length < count) throw new Error(`only ${stems.length} stems for ${count} companies`)
  return stems.slice(0, count).map((stem) => makeCompany(stem, langOf(), rng))
}

/** The group a company belongs to: another stem, its own domain, the same language. */
export function sisterOf(rng: Random, c: Company): Company {
  const others = STEMS.filter((s) => s !== c.stem)
  const stem = others[(STEMS.indexOf(c.stem) * 7 + rng.int(1, 40)) % others.length]!
  return {
    stem,
    name: `${capital(stem)} Group`,
    slug: stem,
    domain: `${stem}group.com`,
    lang: c.lang,
  }
}
