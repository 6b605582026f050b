// The people whose inboxes the scenarios show, one per language, and the quiet inbox's owner.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: { name: 'Harriet Osei', address: 'harriet.osei@fastmail.example', lang: 'en' },
  de: { name: 'Moritz Kaltenbach', address: 'm.kaltenbach@posteo.example', lang: 'de' },
  fr: { name: 'Solène Garnier', address: 'solene.garnier@laposte.example', lang: 'fr' },
  es: { name: 'Inés Navarro', address: 'ines.navarro@gmail.example', lang: 'es' },
  pt: { name: 'Tiago Menezes', address: 'tiago.menezes@sapo.example', lang: 'pt' },
  it: { name: 'Chiara Pellegrini', address: 'chiara.pellegrini@libero.example', lang: 'it' },
  nl: { name: 'Floor Verhoeven', address: 'floor.verhoeven@ziggo.example', lang: 'nl' },
}

export const QUIET_PERSON: Person = {
  name: 'Rosalind Achterberg',
  address: 'ros.achterberg@outlook.example',
  lang: 'en',
}
