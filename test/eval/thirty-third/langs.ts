// The seven wave languages and the four other languages of the bilingual households (Polish,
// Swedish, Turkish, Greek): a person lives in a country of one of the seven and reads one of
// these four as well.
import { LANGUAGES, type Lang } from '../types.ts'

export const OTHER_LANGS = ['pl', 'sv', 'tr', 'el'] as const
export type OtherLang = (typeof OTHER_LANGS)[number]
export type AnyLang = Lang | OtherLang
export const ALL_LANGS: readonly AnyLang[] = [...LANGUAGES, ...OTHER_LANGS]

export function isOther(lang: AnyLang): lang is OtherLang {
  return (OTHER_LANGS as readonly string[]).includes(lang)
}

export interface Person {
  name: string
  first: string
  address: string
  lang: Lang
  /** The household's other language. */
  other: OtherLang
  /** The person runs a one-person web shop. */
  shop: boolean
}

const NAMES: Record<Lang, [string, string, string]> = {
  en: ['Maeve Thornbury', 'Maeve', 'maeve.thornbury@inboxmail.example'],
  de: ['Jannik Wollersheim', 'Jannik', 'j.wollersheim@postfach.example'],
  fr: ['Solène Marchetti', 'Solène', 'solene.marchetti@courriel.example'],
  es: ['Iñaki Berrocal', 'Iñaki', 'iberrocal@correo.example'],
  pt: ['Joana Figueiredo', 'Joana', 'joana.figueiredo@caixa.example'],
  it: ['Tommaso Verdirame', 'Tommaso', 'tverdirame@posta.example'],
  nl: ['Femke Oudshoorn', 'Femke', 'femke.oudshoorn@brievenbus.example'],
}

export function personFor(lang: Lang, index: number): Person {
  const [name, first, address] = NAMES[lang]
  return { name, first, address, lang, other: OTHER_LANGS[index % 4]!, shop: index % 2 === 0 }
}

/** The quiet inbox: a shop owner in the Netherlands whose household reads all four others. */
export const QUIET_PERSON: Person = { ...personFor('nl', 0), shop: true }
