// Invented company, look-alike sender and platform names of the thirty-third set. Every stem
// starts with C, N, O, Q, S or U and is built from syllables written for this set; the unit test
// refuses any stem that equals or begins a word of an earlier set's names.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { AnyLang } from './langs.ts'

const HEADS = ['Cu', 'Ny', 'Oq', 'Qe', 'Sy', 'Ux', 'Cw', 'Nö', 'Ou', 'Qi', 'Sk', 'Uv']
const MIDS = ['vr', 'lb', 'zm', 'rk', 'pt', 'fn', 'dw', 'gl', 'mr', 'ks']
const TAILS = ['ela', 'ovo', 'ito', 'ash', 'une', 'ik', 'ora', 'ex', 'ulo', 'aph']

function clean(stem: string): string {
  return stem.normalize('NFD').replace(/[^A-Za-z]/gu, '')
}

/** Every stem, in a fixed order (12 x 10 x 10 candidates, every fourth kept). */
export const ALL_STEMS: readonly string[] = HEADS.flatMap((h) =>
  MIDS.flatMap((m) => TAILS.map((t) => clean(`${h}${m}${t}`))),
).filter((_, i) => i % 4 === 1)

/** Wave companies, look-alike senders, shop tools: disjoint slices of ALL_STEMS. */
export const STEMS = ALL_STEMS.slice(0, 190)
export const LOOK_STEMS = ALL_STEMS.slice(190, 260)
export const SHOP_STEMS = ALL_STEMS.slice(260, 300)

/** Invented hosted helpdesk and mailing services (the sender rows of hosted mail). */
export const HELPDESK_HOSTS = ['cuvrdesk.example', 'oqlbhelp.example', 'syzmcare.example']
export const MAILING_HOSTS = ['uxptsend.example', 'nyfnpost.example', 'qeglmailer.example']
export const PLATFORMS = [...HELPDESK_HOSTS, ...MAILING_HOSTS].map((h) => h.split('.')[0]!)

const TLD: Record<AnyLang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
  sv: 'se',
  tr: 'com.tr',
  el: 'gr',
}

const KINDS: Record<AnyLang, readonly string[]> = {
  en: ['Home', 'Outdoor', 'Energy', 'Pets', 'Studio', 'Bank'],
  de: ['Versand', 'Reisen', 'Möbel', 'Technik', 'Apotheke', 'Verlag'],
  fr: ['Maison', 'Voyages', 'Librairie', 'Optique', 'Mutuelle', 'Énergie'],
  es: ['Hogar', 'Viajes', 'Seguros', 'Moda', 'Deportes', 'Farmacia'],
  pt: ['Casa', 'Viagens', 'Seguros', 'Moda', 'Saúde', 'Livraria'],
  it: ['Casa', 'Viaggi', 'Assicura', 'Moda', 'Sport', 'Farmacia'],
  nl: ['Wonen', 'Reizen', 'Verzekert', 'Mode', 'Sport', 'Energie'],
  pl: ['Dom', 'Podróże', 'Sklep', 'Bank', 'Kurier', 'Media'],
  sv: ['Hem', 'Resor', 'Butik', 'Bank', 'Frakt', 'Media'],
  tr: ['Ev', 'Seyahat', 'Mağaza', 'Bank', 'Kargo', 'Medya'],
  el: ['Σπίτι', 'Ταξίδια', 'Κατάστημα', 'Τράπεζα', 'Courier', 'Media'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  lang: AnyLang
}

export function company(stem: string, lang: AnyLang, rng: Random): Company {
  const name = rng.chance(0.5) ? stem : `${stem} ${rng.pick(KINDS[lang])}`
  return { stem, name, domain: `${stem.toLowerCase()}.${TLD[lang]}`, lang }
}

/** n companies from a list of stems, none of the taken ones. */
export function companies(
  rng: Random,
  pool: readonly string[],
  n: number,
  lang: (i: number) => AnyLang,
  taken: ReadonlySet<string> = new Set(),
): Company[] {
  const free = rng.shuffle(pool.filter((s) => !taken.has(s)))
  return free.slice(0, n).map((stem, i) => company(stem, lang(i), rng))
}

export const WAVE_LANG_TLD = (lang: Lang) => TLD[lang]
