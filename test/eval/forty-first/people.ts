// The personas in every language: one person per persona and language, whose mailbox sits at the
// mail provider of this set (so the mail provider's own alerts are theirs).
import type { Lang } from '../types.ts'
import { provider } from './providers.ts'
import type { PersonaKind } from './types.ts'
import { PERSONA_KINDS } from './types.ts'

export interface Person {
  kind: PersonaKind
  lang: Lang
  first: string
  last: string
  address: string
}

const NAMES: Record<Lang, readonly (readonly [string, string])[]> = {
  en: [
    ['Megan', 'Doyle'],
    ['Tom', 'Harker'],
    ['Maureen', 'Pickles'],
    ['Priya', 'Lal'],
  ],
  de: [
    ['Jana', 'Wörner'],
    ['Lukas', 'Brandl'],
    ['Helga', 'Rautenberg'],
    ['Deniz', 'Aksoy'],
  ],
  fr: [
    ['Camille', 'Roux'],
    ['Hugo', 'Perrin'],
    ['Josette', 'Vidal'],
    ['Inès', 'Barbier'],
  ],
  es: [
    ['Lucía', 'Ortega'],
    ['Pablo', 'Marín'],
    ['Carmen', 'Iglesias'],
    ['Nuria', 'Soler'],
  ],
  pt: [
    ['Beatriz', 'Lopes'],
    ['Rui', 'Antunes'],
    ['Fernanda', 'Matos'],
    ['Tiago', 'Faria'],
  ],
  it: [
    ['Chiara', 'Greco'],
    ['Matteo', 'Rinaldi'],
    ['Graziella', 'Fontana'],
    ['Elisa', 'Testa'],
  ],
  nl: [
    ['Fleur', 'Mulder'],
    ['Daan', 'Smit'],
    ['Riet', 'van Leeuwen'],
    ['Sanne', 'Kok'],
  ],
}

export function personOf(kind: PersonaKind, lang: Lang): Person {
  const [first, last] = NAMES[lang][PERSONA_KINDS.indexOf(kind)]!
  const local = `${first}.${last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/gu, '')
  return { kind, lang, first, last, address: `${local}@${provider('mail', lang).domain}` }
}
