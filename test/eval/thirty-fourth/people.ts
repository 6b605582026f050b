// The inbox owners: one person per language, and the quiet inbox's owner (a job seeker who also
// runs a small domain). Names are ordinary given names and surnames, addresses on free mail.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Rachel', last: 'Whitfield', address: 'rachel.whitfield@gmail.com', lang: 'en' },
  de: { first: 'Jonas', last: 'Bergmann', address: 'jonas.bergmann@gmx.de', lang: 'de' },
  fr: { first: 'Camille', last: 'Rousseau', address: 'camille.rousseau@orange.fr', lang: 'fr' },
  es: { first: 'Lucía', last: 'Navarro', address: 'lucia.navarro@gmail.com', lang: 'es' },
  pt: { first: 'Thiago', last: 'Azevedo', address: 'thiago.azevedo@uol.com.br', lang: 'pt' },
  it: { first: 'Giulia', last: 'Ferraro', address: 'giulia.ferraro@libero.it', lang: 'it' },
  nl: { first: 'Daan', last: 'Verhoeven', address: 'daan.verhoeven@ziggo.nl', lang: 'nl' },
}

/** The quiet inbox: job seeker and administrator of her own small domain. */
export const QUIET_PERSON: Person = {
  first: 'Mara',
  last: 'Lindqvist',
  address: 'mara@lindqvist-studio.net',
  lang: 'en',
}
export const QUIET_DOMAIN = 'lindqvist-studio.net'
