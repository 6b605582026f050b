// The inbox owner of each language's scenarios (made-up people at ordinary mail providers).
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { name: 'Jordan Ellis', first: 'Jordan', address: 'jordan.ellis@fastmail.com' },
  de: { name: 'Katrin Vogt', first: 'Katrin', address: 'k.vogt@posteo.de' },
  fr: { name: 'Camille Roux', first: 'Camille', address: 'camille.roux@laposte.net' },
  es: { name: 'Lucía Gómez', first: 'Lucía', address: 'lucia.gomez.r@gmail.com' },
  pt: { name: 'João Martins', first: 'João', address: 'joao.martins@sapo.pt' },
  it: { name: 'Giulia Ferri', first: 'Giulia', address: 'giulia.ferri@libero.it' },
  nl: { name: 'Sanne de Vries', first: 'Sanne', address: 'sanne.devries@ziggo.nl' },
}
