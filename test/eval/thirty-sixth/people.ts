// The people whose inboxes these are (one per language, and the quiet inbox's person who reads
// mail in all seven languages and from family in five more), and the people who write to them.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  city: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: mk('Olivia Marsh', 'olivia.marsh@gmail.com', 'Leeds', 'en'),
  de: mk('Jonas Albrecht', 'jonas.albrecht@web.de', 'Kassel', 'de'),
  fr: mk('Camille Roussel', 'camille.roussel@orange.fr', 'Nantes', 'fr'),
  es: mk('Lucía Ferrer', 'lucia.ferrer@hotmail.es', 'Zaragoza', 'es'),
  pt: mk('Tiago Moreira', 'tiago.moreira@sapo.pt', 'Braga', 'pt'),
  it: mk('Giulia Santoro', 'giulia.santoro@libero.it', 'Bologna', 'it'),
  nl: mk('Sanne de Wit', 'sanne.dewit@ziggo.nl', 'Utrecht', 'nl'),
}

/** The quiet inbox's person: moved between countries, keeps accounts in every language. */
export const QUIET_PERSON: Person = mk(
  'Mira Kowalczyk',
  'mira.kowalczyk@fastmail.com',
  'Ghent',
  'en',
)

function mk(name: string, address: string, city: string, lang: Lang): Person {
  return { name, first: name.split(' ')[0]!, address, city, lang }
}

/** People who write to the person: colleagues, friends, family, list members. */
export const CORRESPONDENTS: Record<Lang, readonly string[]> = {
  en: ['Hannah Lee', 'Tom Whitaker', 'Priya Nair', 'Gareth Evans', 'Chloe Burns'],
  de: ['Katrin Vogel', 'Stefan Brandt', 'Miriam Kühn', 'Lukas Hartmann', 'Anja Seidel'],
  fr: ['Julien Marchand', 'Élodie Perrin', 'Nicolas Gauthier', 'Manon Lefèvre', 'Hugo Caron'],
  es: ['Javier Ortega', 'Marta Gil', 'Pablo Herrero', 'Irene Castillo', 'Sergio Molina'],
  pt: ['Inês Carvalho', 'Rui Batista', 'Beatriz Lopes', 'Miguel Teixeira', 'Joana Pires'],
  it: ['Marco Ferri', 'Chiara Galli', 'Davide Longo', 'Elena Marchetti', 'Luca Bernardi'],
  nl: ['Joost Mulder', 'Femke Bakker', 'Ruben Smit', 'Lotte Visser', 'Daan Hendriks'],
}

const MAILBOXES = ['gmail.com', 'outlook.com', 'icloud.com', 'posteo.net', 'proton.me']

/** A correspondent's address, as their own mail provider writes it. */
export function addressOf(name: string, index: number): string {
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z]+/gu, '.')
  return `${local}@${MAILBOXES[index % MAILBOXES.length]!}`
}
