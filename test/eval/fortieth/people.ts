// The people whose inboxes these are: four personas, each in every language, with a name and an
// address at an ordinary mail provider.
import { LANGUAGES, type Lang } from '../types.ts'

export const PERSONA_KINDS = ['freelancer', 'retiree', 'gamer', 'landlord'] as const
export type PersonaKind = (typeof PERSONA_KINDS)[number]

export interface Person {
  persona: PersonaKind
  lang: Lang
  first: string
  last: string
  address: string
}

const NAMES: Record<Lang, readonly [string, string][]> = {
  en: [
    ['Maya', 'Thornbury'],
    ['Gordon', 'Ellsworth'],
    ['Tyler', 'Ashcombe'],
    ['Priya', 'Radley'],
  ],
  de: [
    ['Jana', 'Kessler'],
    ['Helmut', 'Brandl'],
    ['Luca', 'Vogelsang'],
    ['Sabine', 'Ortmann'],
  ],
  fr: [
    ['Camille', 'Rivaud'],
    ['Jacques', 'Ferrand'],
    ['Hugo', 'Lemarchal'],
    ['Nadia', 'Cossart'],
  ],
  es: [
    ['Lucía', 'Barbastro'],
    ['Ramón', 'Olivares'],
    ['Diego', 'Carrasco'],
    ['Marta', 'Egea'],
  ],
  pt: [
    ['Inês', 'Valadares'],
    ['Joaquim', 'Moura'],
    ['Rafael', 'Tavares'],
    ['Beatriz', 'Quintela'],
  ],
  it: [
    ['Giulia', 'Ferrante'],
    ['Bruno', 'Castellani'],
    ['Matteo', 'Loiacono'],
    ['Elena', 'Sartori'],
  ],
  nl: [
    ['Sanne', 'Verhoef'],
    ['Henk', 'Brouwer'],
    ['Daan', 'Kuipers'],
    ['Femke', 'Dijkstra'],
  ],
}

const PROVIDERS: Record<Lang, string> = {
  en: 'gmail.com',
  de: 'web.de',
  fr: 'orange.fr',
  es: 'gmail.com',
  pt: 'sapo.pt',
  it: 'libero.it',
  nl: 'ziggo.nl',
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
}

export function personOf(persona: PersonaKind, lang: Lang): Person {
  const [first, last] = NAMES[lang][PERSONA_KINDS.indexOf(persona)]!
  return {
    persona,
    lang,
    first,
    last,
    address: `${ascii(first)}.${ascii(last)}@${PROVIDERS[lang]}`,
  }
}

export const PEOPLE: readonly Person[] = LANGUAGES.flatMap((lang) =>
  PERSONA_KINDS.map((p) => personOf(p, lang)),
)
