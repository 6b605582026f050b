// The made-up people whose inboxes this set fills, one per language, and the quiet inbox's owner.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { name: 'Harriet Colby', address: 'harriet.colby@postbox.example' },
  de: { name: 'Jonas Wiegand', address: 'j.wiegand@mailhaus.example' },
  fr: { name: 'Solène Marchetti', address: 'solene.marchetti@courriel.example' },
  es: { name: 'Iker Zubiaurre', address: 'iker.zubiaurre@correo.example' },
  pt: { name: 'Beatriz Lacerda', address: 'bia.lacerda@caixa.example' },
  it: { name: 'Tommaso Ferrandi', address: 'tommaso.ferrandi@posta.example' },
  nl: { name: 'Floor Kuipers', address: 'floor.kuipers@brievenbus.example' },
}

/** A Belgian translator in Ghent who mails in all seven languages. */
export const QUIET_PERSON: Person = {
  name: 'Wout Vanhecke',
  address: 'wout.vanhecke@vertaal.example',
}
