// The inbox owners (one per language), their colleagues and friends, all invented.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  name: string
  address: string
  colleague: { name: string; address: string }
  friends: readonly string[]
}

/** Lower case without accents, for address local parts. */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/gu, '')
    .toLowerCase()
}

const make = (
  first: string,
  last: string,
  domain: string,
  colleague: string,
  friends: readonly string[],
): Person => ({
  first,
  name: `${first} ${last}`,
  address: `${ascii(first)}.${ascii(last)}@${domain}`,
  colleague: {
    name: colleague,
    address: `${colleague.split(' ')[0]!.toLowerCase()}@werkplek-${domain.split('.')[0]}.example`,
  },
  friends,
})

export const PEOPLE: Record<Lang, Person> = {
  en: make('Harriet', 'Quillon', 'postbox.example', 'Desmond Achebe', [
    'Maisie',
    'Tobias',
    'Aunt Ruth',
  ]),
  de: make('Jorinde', 'Waldkauz', 'briefkasten.example', 'Till Okafor', [
    'Mareike',
    'Ole',
    'Oma Gisela',
  ]),
  fr: make('Solène', 'Marivaux', 'courrier.example', 'Karim Lebrun', [
    'Inès',
    'Bastien',
    'Tata Josée',
  ]),
  es: make('Begoña', 'Ituarte', 'correo.example', 'Rafa Quintero', [
    'Lucía',
    'Iker',
    'la abuela Pili',
  ]),
  pt: make('Iolanda', 'Bettencourt', 'caixa.example', 'Duarte Nogueira', [
    'Marta',
    'Tiago',
    'tia Fernanda',
  ]),
  it: make('Ottavia', 'Scarpellini', 'posta.example', 'Gianni Ferrante', [
    'Bianca',
    'Matteo',
    'nonna Lella',
  ]),
  nl: make('Fenna', 'Bosgraaf', 'postvak.example', 'Jelmer de Wit', [
    'Sanne',
    'Ruben',
    'oma Truus',
  ]),
}

export const QUIET_PERSON: Person = make('Wendell', 'Marsh', 'home-mail.example', 'Priya Raman', [
  'Cass',
  'Joel',
  'Grandpa Lou',
])
