// The inbox owners, one per language, each with a colleague who writes back during a wave.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  name: string
  address: string
  colleague: { name: string; address: string }
  friend: { name: string; address: string }
}

const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()

const p = (first: string, last: string, host: string, co: string, fr: string): Person => ({
  first,
  name: `${first} ${last}`,
  address: `${plain(first)}.${plain(last)}@${host}`,
  colleague: { name: co, address: `${co.split(' ')[0]!.toLowerCase()}@work-${host}` },
  friend: {
    name: fr,
    address: `${fr.split(' ')[0]!.toLowerCase()}.${fr.split(' ')[1]!.toLowerCase()}@${host}`,
  },
})

export const PEOPLE: Record<Lang, Person> = {
  en: p('Imogen', 'Tarrant', 'postbox.example', 'Desmond Ure', 'Kit Lowry'),
  de: p('Wiebke', 'Hollmann', 'postfach.example', 'Jannik Seidl', 'Ruth Abel'),
  fr: p('Solène', 'Marchetti', 'courriel.example', 'Yanis Bordier', 'Lise Garnier'),
  es: p('Ainhoa', 'Beltrán', 'correo.example', 'Iker Sosa', 'Marta Lluch'),
  pt: p('Inês', 'Carvalhal', 'caixa.example', 'Tiago Rebelo', 'Bia Lacerda'),
  it: p('Ottavia', 'Ferrante', 'posta.example', 'Dario Scalzi', 'Nives Pola'),
  nl: p('Femke', 'Ooms', 'brievenbus.example', 'Ruud Kamps', 'Lotte Wijn'),
}

export const QUIET_PERSON: Person = p(
  'Harriet',
  'Quayle',
  'inbox.example',
  'Oren Platt',
  'Bo Strand',
)
