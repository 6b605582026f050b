// The made-up people whose inboxes the scenarios are: one per language, plus the quiet inbox's
// owner (an Italian translator living in Ghent who mails in all seven languages).
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  full: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Imogen', full: 'Imogen Tallis', address: 'imogen.tallis@post.example', lang: 'en' },
  de: {
    first: 'Jannik',
    full: 'Jannik Overbeck',
    address: 'j.overbeck@netzpost.example',
    lang: 'de',
  },
  fr: {
    first: 'Solène',
    full: 'Solène Marchetti',
    address: 'solene.m@courriel.example',
    lang: 'fr',
  },
  es: {
    first: 'Iñigo',
    full: 'Iñigo Arrieta',
    address: 'inigo.arrieta@correo.example',
    lang: 'es',
  },
  pt: {
    first: 'Leonor',
    full: 'Leonor Bastos',
    address: 'leonor.bastos@caixa.example',
    lang: 'pt',
  },
  it: {
    first: 'Ottavio',
    full: 'Ottavio Ferrandi',
    address: 'o.ferrandi@posta.example',
    lang: 'it',
  },
  nl: { first: 'Femke', full: 'Femke Oudshoorn', address: 'femke@oudshoorn.example', lang: 'nl' },
}

export const QUIET_PERSON: Person = {
  first: 'Beatrice',
  full: 'Beatrice Lanzoni',
  address: 'bea.lanzoni@mailbox.example',
  lang: 'it',
}
