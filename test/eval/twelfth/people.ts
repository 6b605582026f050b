// The made-up people whose inboxes the scenarios are, one per language, and the quiet inbox's.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  name: string
  address: string
  lang: Lang
}

const person = (lang: Lang, first: string, last: string, domain: string): Person => ({
  first,
  name: `${first} ${last}`,
  address: `${first.toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/gu, '')}@${domain}`,
  lang,
})

export const PEOPLE: Record<Lang, Person> = {
  en: person('en', 'Imogen', 'Radcliffe', 'fastpost.example'),
  de: person('de', 'Wiebke', 'Obermaier', 'postfach.example'),
  fr: person('fr', 'Apolline', 'Vasseur', 'courriel.example'),
  es: person('es', 'Nerea', 'Galdós', 'correo.example'),
  pt: person('pt', 'Iara', 'Quintela', 'caixa.example'),
  it: person('it', 'Ottavia', 'Zanetti', 'posta.example'),
  nl: person('nl', 'Femke', 'Hoogland', 'brievenbus.example'),
}

export const QUIET_PERSON: Person = person('en', 'Rowan', 'Ashdown', 'homemail.example')
