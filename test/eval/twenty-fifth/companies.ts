// Invented company stems for the twenty-fifth set (onset + ending, none equal to or beginning a
// word of an earlier set's names: the unit test walks every earlier companies.ts to check), the
// invented hosted helpdesk and mailing services, and the look-alike brands.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const ONSETS = [
  'brov', 'dulk', 'fenw', 'gosk', 'hulv', 'jorv', 'kelb', 'lunz', 'mirv', 'norq',
  'pelk', 'quob', 'raskw', 'sulm', 'tovr', 'vask', 'wuqb', 'yarl', 'zenk', 'drubb',
] // prettier-ignore
const ENDS = ['ara', 'uzzo', 'ento', 'ubo', 'ique', 'alo', 'ery', 'oni', 'usk', 'ade', 'ivo', 'orq']

export const STEMS: readonly string[] = ONSETS.flatMap((o) => ENDS.map((e) => o + e))

/** Brands of the look-alike senders (shops, clinics, apps the person really uses). */
export const LOOK_STEMS: readonly string[] = [
  'pumbrozz', 'quillaro', 'tessivo', 'ombrelux', 'vantorel', 'kezzamo', 'lirrabel', 'famozzi',
  'gruvelin', 'hobbiqo', 'jessamor', 'nuvvola', 'porrinel', 'sabbadu', 'tiqqora', 'wuzzamo',
  'yellaro', 'zibbonet', 'cazzuvo', 'dorrimba', 'ebbaloo', 'flonnari', 'gazzuri', 'hippolux',
  'immarok', 'jubbeta', 'kollivar', 'lummaro', 'mazzenta', 'nobbiru', 'orrisel', 'pazzuno',
] // prettier-ignore

export const HELPDESK_HOSTS = ['ticketmoraine.io', 'deskshingle.com', 'helpfescue.net'] as const
export const MAILING_HOSTS = ['sendcharlock.com', 'mailsedgewort.net', 'listtarnbeck.io'] as const

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
  en: ['', '', 'Games', 'Outdoor', 'Kitchen', 'Studio', 'Club'],
  de: ['', '', 'Reisen', 'Sport', 'Küche', 'Verlag', 'Apotheke'],
  fr: ['', '', 'Voyages', 'Maison', 'Librairie', 'Jeux', 'Optique'],
  es: ['', '', 'Viajes', 'Hogar', 'Deportes', 'Juegos', 'Moda'],
  pt: ['', '', 'Viagens', 'Casa', 'Esportes', 'Jogos', 'Farmácia'],
  it: ['', '', 'Viaggi', 'Casa', 'Sport', 'Giochi', 'Ottica'],
  nl: ['', '', 'Reizen', 'Wonen', 'Sport', 'Games', 'Fietsen'],
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export interface Company {
  stem: string
  name: string
  slug: string
  domain: string
  lang: Lang
}

export function makeCompany(stem: string, lang: Lang, rng: Random): Company {
  const suffix = rng.pick(SUFFIX[lang])
  const name = suffix ? `${cap(stem)} ${suffix}` : cap(stem)
  return { stem, name, slug: stem, domain: `${stem}.${rng.pick(TLD[lang])}`, lang }
}

/** `count` distinct companies, each in the language `langOf` gives. */
export function pickCompanies(rng: Random, count: number, langOf: () => Lang): Company[] {
  return rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((stem) => makeCompany(stem, langOf(), rng))
}

/** A sister brand of the same group: another stem, the same language. */
export function sisterOf(rng: Random, c: Company): Company {
  const other = rng.pick(STEMS.filter((s) => s !== c.stem))
  return makeCompany(other, c.lang, rng)
}
