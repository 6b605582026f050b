// The made-up people whose inboxes the set fills: one per language for the waves and the bursts
// they caused, and the owner of the quiet inbox. Addresses use reserved example domains.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Rowena', last: 'Castell', address: 'rowena.castell@example.net', lang: 'en' },
  de: { first: 'Jannik', last: 'Oberländer', address: 'j.oberlaender@example.de', lang: 'de' },
  fr: { first: 'Solène', last: 'Marchetti', address: 'solene.marchetti@example.fr', lang: 'fr' },
  es: { first: 'Iñigo', last: 'Valcárcel', address: 'inigo.valcarcel@example.es', lang: 'es' },
  pt: { first: 'Leonor', last: 'Quaresma', address: 'leonor.quaresma@example.pt', lang: 'pt' },
  it: { first: 'Ottavio', last: 'Sanfelice', address: 'ottavio.sanfelice@example.it', lang: 'it' },
  nl: { first: 'Femke', last: 'van Dolder', address: 'femke.vandolder@example.nl', lang: 'nl' },
}

/** A Belgian translator in Ghent who reads and writes all seven languages. */
export const QUIET_PERSON: Person = {
  first: 'Maarten',
  last: 'Verhulst-Lagrange',
  address: 'maarten.verhulst@example.be',
  lang: 'nl',
}

export function fullName(p: Person): string {
  return `${p.first} ${p.last}`
}
