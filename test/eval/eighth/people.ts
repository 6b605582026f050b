// The made-up people whose inboxes the scenarios are: one per language, and the quiet inbox's
// owner (a Belgian translator in Turin who writes in all seven languages).
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  full: string
  address: string
  lang: Lang
}

const person = (lang: Lang, first: string, last: string, domain: string): Person => ({
  first,
  full: `${first} ${last}`,
  address: `${first}.${last}@${domain}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
  lang,
})

export const PEOPLE: Record<Lang, Person> = {
  en: person('en', 'Maddie', 'Thorncroft', 'postbox.example'),
  de: person('de', 'Jonas', 'Wiesmayr', 'mailhaus.example'),
  fr: person('fr', 'Solène', 'Marchetaud', 'courriel.example'),
  es: person('es', 'Inés', 'Valdecasas', 'correo.example'),
  pt: person('pt', 'Tiago', 'Fonsequinha', 'caixa.example'),
  it: person('it', 'Chiara', 'Bortolazzi', 'posta.example'),
  nl: person('nl', 'Femke', 'Oudewater', 'brievenbus.example'),
}

export const QUIET_PERSON: Person = person('nl', 'Wout', 'Verhaeghe', 'vertaalpost.example')
