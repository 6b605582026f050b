// The person whose inbox each scenario is, per language, and a colleague they write with.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  colleague: { name: string; address: string }
}

export const PEOPLE: Record<Lang, Person> = {
  en: {
    name: 'Harriet Voss',
    first: 'Harriet',
    address: 'harriet.voss@postbox.example',
    colleague: { name: 'Owen Pradhan', address: 'owen.pradhan@workfield.example' },
  },
  de: {
    name: 'Jonas Weidinger',
    first: 'Jonas',
    address: 'j.weidinger@netzpost.example',
    colleague: { name: 'Katrin Obermaier', address: 'k.obermaier@buero-nord.example' },
  },
  fr: {
    name: 'Élodie Marchetti',
    first: 'Élodie',
    address: 'elodie.marchetti@courriel.example',
    colleague: { name: 'Bastien Leroux', address: 'b.leroux@atelier-sud.example' },
  },
  es: {
    name: 'Nuria Castellví',
    first: 'Nuria',
    address: 'nuria.castellvi@correo.example',
    colleague: { name: 'Iker Salaberri', address: 'iker.salaberri@oficina.example' },
  },
  pt: {
    name: 'Inês Figueiredo',
    first: 'Inês',
    address: 'ines.figueiredo@caixapostal.example',
    colleague: { name: 'Thiago Moura', address: 'thiago.moura@escritorio.example' },
  },
  it: {
    name: 'Chiara Bellandi',
    first: 'Chiara',
    address: 'chiara.bellandi@posta.example',
    colleague: { name: 'Matteo Zanella', address: 'm.zanella@studio-est.example' },
  },
  nl: {
    name: 'Sanne de Wilde',
    first: 'Sanne',
    address: 'sanne.dewilde@postvak.example',
    colleague: { name: 'Ruben Hoekstra', address: 'ruben.hoekstra@kantoor.example' },
  },
}

export const QUIET_PERSON: Person = PEOPLE.en
