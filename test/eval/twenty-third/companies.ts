// Invented company stems (none equal to or beginning a word of an earlier set's names: the unit
// test checks), the invented hosted helpdesk and mailing services, and companies built on them.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'quopp',
  'zibr',
  'vransk',
  'plyth',
  'gwomb',
  'thrisk',
  'yulv',
  'kuxt',
  'drefn',
  'snuvv',
].concat(['fenwr', 'brolk', 'whisp', 'glarn', 'moptr', 'hazzl'])
const ENDS = ['ela', 'orum', 'idge', 'anto', 'ux', 'essa', 'ivo', 'arby', 'ond', 'ique', 'ethi']

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the everyday services the person uses (look-alike senders), apart from wave stems. */
export const LOOK_STEMS: readonly string[] = [
  'oxle',
  'pevv',
  'ruzm',
  'caiv',
  'nuthk',
  'jebb',
].flatMap((o) =>
  ['ari', 'omo', 'elt', 'usa', 'indo', 'ery', 'ack', 'awa', 'iko', 'umbe'].map((e) => o + e),
)

export const HELPDESK_HOSTS = ['ticketvane.io', 'deskmarrow.com', 'helpcairn.net'] as const
export const MAILING_HOSTS = ['sendwhelk.com', 'mailtussock.net', 'listbarrow.io'] as const

const FORMS: Record<Lang, readonly string[]> = {
  en: ['{S}', '{S} Ltd', '{S} Outdoors', '{S} & Co', 'The {S} Company'],
  de: ['{S} GmbH', '{S}', '{S} Reisen', '{S} Versand', '{S} AG'],
  fr: ['{S}', '{S} SAS', 'Maison {S}', '{S} Boutique', '{S} France'],
  es: ['{S}', '{S} S.L.', 'Grupo {S}', '{S} Tienda', '{S} España'],
  pt: ['{S}', '{S} Lda', '{S} Brasil', 'Loja {S}', '{S} S.A.'],
  it: ['{S}', '{S} S.r.l.', '{S} Italia', 'Casa {S}', '{S} Shop'],
  nl: ['{S}', '{S} B.V.', '{S} Nederland', '{S} Winkel', 'De {S}'],
}
const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'com', 'at'],
  fr: ['fr', 'com', 'be'],
  es: ['es', 'com', 'mx'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com', 'eu'],
  nl: ['nl', 'be', 'com'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  lang: Lang
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const name = rng.pick(FORMS[lang]).replace('{S}', cap(stem))
  return { stem, name, domain: `${stem}.${rng.pick(TLD[lang])}`, lang }
}

/** count distinct companies, each of the language langOf gives it, avoiding taken stems. */
export function pickCompanies(
  rng: Random,
  count: number,
  langOf: () => Lang,
  taken: ReadonlySet<string> = new Set(),
): Company[] {
  const stems = rng.shuffle(STEMS.filter((s) => !taken.has(s))).slice(0, count)
  return stems.map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand sharing the company's helpdesk (for replies to the person's own mail). */
export function sisterOf(rng: Random, c: Company): Company {
  const stem = rng.pick(STEMS.filter((s) => s !== c.stem))
  return { ...makeCompany(stem, c.lang, rng), name: `${cap(stem)} (${c.name})` }
}
