// The person whose inbox each scenario is, per language, and the people they write with.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  colleague: { name: string; address: string }
  friend: { name: string; address: string }
}

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const p = (first: string, last: string, domain: string, co: string, fr: string): Person => ({
  first,
  last,
  address: `${ascii(first)}.${ascii(last)}@${domain}`,
  colleague: { name: co, address: `${ascii(co.split(' ')[0]!)}@werkhal-office.example` },
  friend: { name: fr, address: `${ascii(fr.split(' ')[0]!)}.mail@postvak.example` },
})

export const PEOPLE: Record<Lang, Person> = {
  en: p('Harriet', 'Pomfrey', 'inbox-hp.example', 'Declan Moss', 'Imogen Vale'),
  de: p('Jannik', 'Oberholz', 'posteingang.example', 'Svenja Kettler', 'Lorenz Albers'),
  fr: p('Solène', 'Marchetti', 'courrier-sm.example', 'Bastien Roux', 'Anaïs Ferrand'),
  es: p('Itziar', 'Salcedo', 'correo-is.example', 'Rubén Olmedo', 'Nuria Pastor'),
  pt: p('Tiago', 'Carvalhal', 'caixa-tc.example', 'Larissa Fontes', 'Duarte Seixas'),
  it: p('Ilaria', 'Benedetti', 'posta-ib.example', 'Matteo Gallo', 'Chiara Riva'),
  nl: p('Wouter', 'Brinkman', 'postbus-wb.example', 'Femke de Wit', 'Joost Verhagen'),
}

export const QUIET_PERSON = PEOPLE.en
