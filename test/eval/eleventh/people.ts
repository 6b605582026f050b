// The person whose inbox each scenario is, one per language, and the quiet inbox's owner.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  lang: Lang
}

function person(first: string, last: string, domain: string, lang: Lang): Person {
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
  return { name: `${first} ${last}`, first, address: `${local}@${domain}`, lang }
}

export const PEOPLE: Record<Lang, Person> = {
  en: person('Harriet', 'Quayle', 'gmail.com', 'en'),
  de: person('Jörn', 'Wiesendanger', 'web.de', 'de'),
  fr: person('Solène', 'Marchetti', 'orange.fr', 'fr'),
  es: person('Iñigo', 'Barrenechea', 'gmail.com', 'es'),
  pt: person('Leonor', 'Figueiredo', 'sapo.pt', 'pt'),
  it: person('Ottavio', 'Brambilla', 'libero.it', 'it'),
  nl: person('Femke', 'Tjalsma', 'outlook.com', 'nl'),
}

export const QUIET_PERSON: Person = person('Rosalind', 'Achterberg', 'outlook.com', 'en')
