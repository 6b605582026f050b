// The person whose inbox each scenario is, one per language (names and addresses invented).
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Harriet', last: 'Okafor', address: 'harriet.okafor@fastpost.example' },
  de: { first: 'Jonas', last: 'Wendland', address: 'j.wendland@postfach-nord.example' },
  fr: { first: 'Solène', last: 'Marchetti', address: 'solene.marchetti@courriel.example' },
  es: { first: 'Itziar', last: 'Galdós', address: 'itziar.galdos@buzon.example' },
  pt: { first: 'Rafaela', last: 'Quintas', address: 'rafaela.quintas@caixa.example' },
  it: { first: 'Ottavio', last: 'Bellandi', address: 'ottavio.bellandi@casella.example' },
  nl: { first: 'Femke', last: 'Hoogeveen', address: 'femke.hoogeveen@postbak.example' },
}

export const QUIET_PERSON: Person = {
  first: 'Maren',
  last: 'Castellví',
  address: 'maren.castellvi@inbox-quiet.example',
}
