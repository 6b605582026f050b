// The inbox owners (one per language) and the colleagues and friends who write to them.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  colleagues: readonly string[]
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/gu, '')
    .toLowerCase()

const person = (first: string, last: string, domain: string, colleagues: string[]): Person => ({
  first,
  last,
  address: `${ascii(first)}.${ascii(last)}@${domain}`,
  colleagues,
})

export const PEOPLE: Record<Lang, Person> = {
  en: person('Maeve', 'Thornbury', 'postbox.example', [
    'Callum Reid',
    'Priya Anand',
    'Tom Ashdown',
  ]),
  de: person('Ilka', 'Brandstetter', 'mailhaus.example', [
    'Jonas Weil',
    'Frauke Lenz',
    'Deniz Aksoy',
  ]),
  fr: person('Solène', 'Marchetti', 'courriel.example', [
    'Bastien Roux',
    'Inès Charpin',
    'Yanis Faure',
  ]),
  es: person('Ainhoa', 'Ferrer', 'correo.example', [
    'Iker Solana',
    'Marta Villalba',
    'Nacho Prieto',
  ]),
  pt: person('Joana', 'Figueiredo', 'caixa.example', [
    'Rui Tavares',
    'Beatriz Lobo',
    'Caio Mendes',
  ]),
  it: person('Chiara', 'Benvenuti', 'posta.example', [
    'Davide Serra',
    'Giulia Fabbri',
    'Luca Morandi',
  ]),
  nl: person('Femke', 'Verhoeven', 'postvak.example', [
    'Sander Bos',
    'Lotte Kuipers',
    'Ruben Aydin',
  ]),
}

export const QUIET_PERSON: Person = person('Rowan', 'Ellery', 'homebox.example', [
  'Nadia Petrov',
  'Gus Holloway',
  'Elena Vidal',
])
