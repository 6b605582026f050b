// The people whose inboxes the set holds (one per language, and the quiet inbox's owner), and the
// first and last names of the friends, colleagues and agents who write to them.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Harriet', last: 'Coombe', address: 'harriet.coombe@fastmail.com', lang: 'en' },
  de: { first: 'Jonas', last: 'Breitkopf', address: 'j.breitkopf@gmx.de', lang: 'de' },
  fr: { first: 'Solène', last: 'Marchetti', address: 'solene.marchetti@orange.fr', lang: 'fr' },
  es: { first: 'Iñigo', last: 'Salvatierra', address: 'inigo.salva@outlook.es', lang: 'es' },
  pt: { first: 'Beatriz', last: 'Loureiro', address: 'bia.loureiro@sapo.pt', lang: 'pt' },
  it: { first: 'Tommaso', last: 'Gentilini', address: 'tommaso.gentilini@libero.it', lang: 'it' },
  nl: { first: 'Femke', last: 'Verhoeven', address: 'femke.verhoeven@ziggo.nl', lang: 'nl' },
}

/** The quiet inbox belongs to someone who reads and writes all seven languages. */
export const QUIET_PERSON: Person = {
  first: 'Noor',
  last: 'Castellanos',
  address: 'noor.castellanos@posteo.net',
  lang: 'en',
}

export const FIRST_NAMES: Record<Lang, readonly string[]> = {
  en: ['Maggie', 'Callum', 'Priya', 'Desmond', 'Eleanor', 'Rory', 'Yasmin', 'Theo'],
  de: ['Katrin', 'Matthias', 'Leonie', 'Björn', 'Svenja', 'Florian', 'Anneliese', 'Deniz'],
  fr: ['Margaux', 'Thibault', 'Anaïs', 'Gaspard', 'Clémence', 'Yannick', 'Inès', 'Bastien'],
  es: ['Lucía', 'Álvaro', 'Nerea', 'Gonzalo', 'Rocío', 'Mateo', 'Ainhoa', 'Rubén'],
  pt: ['Inês', 'Duarte', 'Mariana', 'Tiago', 'Leonor', 'Rui', 'Carolina', 'Gonçalo'],
  it: ['Chiara', 'Lorenzo', 'Giulia', 'Matteo', 'Federica', 'Davide', 'Ilaria', 'Niccolò'],
  nl: ['Sanne', 'Joris', 'Lotte', 'Bram', 'Eline', 'Thijs', 'Merel', 'Wouter'],
}

export const LAST_NAMES: Record<Lang, readonly string[]> = {
  en: ['Ashworth', 'Okonjo', 'Pennington', 'Hale', 'Mistry', 'Fairclough', 'Dunmore'],
  de: ['Hellwig', 'Ostermann', 'Kaufhold', 'Reinecke', 'Yilmaz', 'Lindqvist', 'Dreher'],
  fr: ['Lemaître', 'Boucher', 'Delacroix', 'Fabre', 'Haddad', 'Pernot', 'Rivière'],
  es: ['Iturbe', 'Carrasco', 'Montoya', 'Valcárcel', 'Ortega', 'Benítez', 'Lozano'],
  pt: ['Figueiredo', 'Teixeira', 'Amaral', 'Moreira', 'Quintela', 'Pacheco', 'Sampaio'],
  it: ['Bernardi', 'Colombo', 'Fantini', 'Guerrieri', 'Lombardo', 'Marchesi', 'Sartori'],
  nl: ['de Graaf', 'Bakker', 'van Dijk', 'Hoekstra', 'Mulder', 'Smit', 'Kuipers'],
}

const PROVIDERS = ['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com']

export interface Someone {
  first: string
  last: string
  address: string
}

/** A friend, relative or stranger with a personal address; at `domain` for a colleague. */
export function someone(rng: Random, lang: Lang, domain?: string): Someone {
  const first = rng.pick(FIRST_NAMES[lang])
  const last = rng.pick(LAST_NAMES[lang])
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/gu, '')
    .toLowerCase()
  return { first, last, address: `${local}@${domain ?? rng.pick(PROVIDERS)}` }
}
