// The made-up person whose inbox each scenario is, one per language.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: {
    first: 'Imogen',
    last: 'Blackwood',
    address: 'imogen.blackwood@mailbox.example',
    lang: 'en',
  },
  de: { first: 'Jonas', last: 'Reinholt', address: 'j.reinholt@posteingang.example', lang: 'de' },
  fr: {
    first: 'Margaux',
    last: 'Delorme',
    address: 'margaux.delorme@courriel.example',
    lang: 'fr',
  },
  es: { first: 'Lucía', last: 'Ferrándiz', address: 'lucia.ferrandiz@correo.example', lang: 'es' },
  pt: { first: 'Tiago', last: 'Amaral', address: 'tiago.amaral@correio.example', lang: 'pt' },
  it: { first: 'Chiara', last: 'Benvenuti', address: 'chiara.benvenuti@posta.example', lang: 'it' },
  nl: {
    first: 'Sanne',
    last: 'Verbruggen',
    address: 'sanne.verbruggen@postvak.example',
    lang: 'nl',
  },
}

/** "First Last <address>", as a From or To line shows the person. */
export function displayOf(person: Person): string {
  return `${person.first} ${person.last} <${person.address}>`
}
