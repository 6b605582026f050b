// The person whose inbox each scenario is, one per language (made-up names and addresses).
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { name: 'Maeve Calloway', first: 'Maeve', address: 'maeve.calloway@fastmail.com' },
  de: { name: 'Jonas Ebersbach', first: 'Jonas', address: 'j.ebersbach@posteo.de' },
  fr: { name: 'Élodie Marchetti', first: 'Élodie', address: 'elodie.marchetti@orange.fr' },
  es: { name: 'Iker Zubiaurre', first: 'Iker', address: 'ikerzubi@gmail.com' },
  pt: { name: 'Rafaela Quintas', first: 'Rafaela', address: 'rafaela.quintas@sapo.pt' },
  it: { name: 'Tommaso Guidetti', first: 'Tommaso', address: 'tommaso.guidetti@libero.it' },
  nl: { name: 'Femke van Dijkhuis', first: 'Femke', address: 'femke.vdijkhuis@ziggo.nl' },
}

export const QUIET_PERSON: Person = {
  name: 'Casimir Ostrander',
  first: 'Casimir',
  address: 'casimir@ostrander.net',
}
