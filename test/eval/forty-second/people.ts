// The people of the set: one per persona and language, each with an address at the set's
// invented mailbox provider. Names are ordinary ones of each language.
import { LANGUAGES, type Lang } from '../types.ts'
import { MAILBOX_STEM, TLD } from './companies.ts'
import { PERSONA_KINDS, type PersonaKind } from './types.ts'

export interface Person {
  first: string
  last: string
  address: string
  lang: Lang
  persona: PersonaKind
}

/** employee, family, student, shop owner (PERSONA_KINDS order). */
const NAMES: Record<Lang, readonly (readonly [string, string])[]> = {
  en: [
    ['Hannah', 'Whitcombe'],
    ['Owen', 'Pritchard'],
    ['Maya', 'Okafor'],
    ['Rhys', 'Dalton'],
  ],
  de: [
    ['Jana', 'Köhler'],
    ['Tobias', 'Brandt'],
    ['Lea', 'Hofmann'],
    ['Matthias', 'Vogt'],
  ],
  fr: [
    ['Camille', 'Lefèvre'],
    ['Julien', 'Moreau'],
    ['Inès', 'Garnier'],
    ['Bastien', 'Roux'],
  ],
  es: [
    ['Lucía', 'Navarro'],
    ['Diego', 'Herrera'],
    ['Marta', 'Ibáñez'],
    ['Pablo', 'Serrano'],
  ],
  pt: [
    ['Beatriz', 'Sousa'],
    ['Tiago', 'Ferreira'],
    ['Inês', 'Carvalho'],
    ['Rui', 'Monteiro'],
  ],
  it: [
    ['Giulia', 'Ferri'],
    ['Marco', 'Bellini'],
    ['Chiara', 'Greco'],
    ['Davide', 'Marchetti'],
  ],
  nl: [
    ['Sanne', 'de Vries'],
    ['Joost', 'Bakker'],
    ['Fleur', 'Jansen'],
    ['Bram', 'Visser'],
  ],
}

/** Plain ASCII for the mailbox part (accents and spaces dropped, as providers require). */
export function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

export function personOf(lang: Lang, persona: PersonaKind): Person {
  const [first, last] = NAMES[lang][PERSONA_KINDS.indexOf(persona)]!
  const address = `${ascii(first)}.${ascii(last)}@${MAILBOX_STEM}.${TLD[lang]}`
  return { first, last, address, lang, persona }
}

export const PEOPLE: readonly Person[] = LANGUAGES.flatMap((lang) =>
  PERSONA_KINDS.map((persona) => personOf(lang, persona)),
)
