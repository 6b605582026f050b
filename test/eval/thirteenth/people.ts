// The made-up people whose inboxes the scenarios fill, one per language, and the quiet inbox's.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  name: string
  address: string
  lang: Lang
}

export const PEOPLE: Record<Lang, Person> = {
  en: {
    first: 'Maureen',
    name: 'Maureen Tolliver',
    address: 'maureen.tolliver@fastpost.example',
    lang: 'en',
  },
  de: {
    first: 'Jörg',
    name: 'Jörg Wendelstein',
    address: 'joerg.wendelstein@postfach.example',
    lang: 'de',
  },
  fr: {
    first: 'Solène',
    name: 'Solène Marchetti',
    address: 'solene.marchetti@courrier.example',
    lang: 'fr',
  },
  es: {
    first: 'Iñaki',
    name: 'Iñaki Berrocal',
    address: 'inaki.berrocal@correo.example',
    lang: 'es',
  },
  pt: {
    first: 'Graça',
    name: 'Graça Albuquerque',
    address: 'graca.albuquerque@caixa.example',
    lang: 'pt',
  },
  it: {
    first: 'Ottavio',
    name: 'Ottavio Salvemini',
    address: 'ottavio.salvemini@posta.example',
    lang: 'it',
  },
  nl: {
    first: 'Fenna',
    name: 'Fenna Dijkhuizen',
    address: 'fenna.dijkhuizen@mailbox.example',
    lang: 'nl',
  },
}

export const QUIET_PERSON: Person = {
  first: 'Rowan',
  name: 'Rowan Achterberg',
  address: 'rowan.achterberg@homemail.example',
  lang: 'en',
}
