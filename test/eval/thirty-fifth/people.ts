// The people whose inboxes the set fills: a name, a city and an employer per language (the
// personalised payloads use them), and an address.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  city: string
  employer: string
  address: string
  lang: Lang
}

const person = (lang: Lang, first: string, last: string, city: string, employer: string) => ({
  lang,
  first,
  last,
  city,
  employer,
  address: `${first.toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/gu, '')}@post.example`,
})

export const PEOPLE: Record<Lang, Person> = {
  en: person('en', 'Imogen', 'Thackeray', 'Leeds', 'Harrowgate Logistics'),
  de: person('de', 'Jannik', 'Oberhuber', 'Regensburg', 'Stadtwerke Donautal'),
  fr: person('fr', 'Solène', 'Marchetti', 'Grenoble', 'Cabinet Lavergne'),
  es: person('es', 'Inmaculada', 'Robledo', 'Zaragoza', 'Talleres Ebro Norte'),
  pt: person('pt', 'Tiago', 'Figueiredo', 'Coimbra', 'Papelaria Mondego'),
  it: person('it', 'Ludovica', 'Sartori', 'Verona', 'Studio Adige Consulenze'),
  nl: person('nl', 'Maarten', 'Brouwers', 'Zwolle', 'Installatiebedrijf IJsselkant'),
}

export const QUIET_PERSON: Person = person('en', 'Noor', 'Castellanos', 'Utrecht', 'Rivierhuis')
