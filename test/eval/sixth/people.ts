// The made-up people whose inboxes the set fills, one per language, and the quiet inbox's owner.
import type { SixthLang } from './langs.ts'

export interface Person {
  name: string
  address: string
  lang: SixthLang
}

const person = (name: string, address: string, lang: SixthLang): Person => ({ name, address, lang })

export const PEOPLE: Record<SixthLang, Person> = {
  en: person('Harriet Okafor', 'harriet.okafor@postbox.example', 'en'),
  de: person('Jonas Wieland', 'j.wieland@postfach.example', 'de'),
  fr: person('Camille Bertrand', 'camille.bertrand@courrier.example', 'fr'),
  es: person('Lucía Navarro', 'lucia.navarro@correo.example', 'es'),
  pt: person('Tiago Ferraz', 'tiago.ferraz@caixa.example', 'pt'),
  it: person('Giulia Santoro', 'giulia.santoro@posta.example', 'it'),
  nl: person('Daan Verhoeven', 'daan.verhoeven@brievenbus.example', 'nl'),
  sv: person('Elsa Lindqvist', 'elsa.lindqvist@brevlada.example', 'sv'),
  pl: person('Marek Zieliński', 'marek.zielinski@skrzynka.example', 'pl'),
}

/** The quiet inbox belongs to a Swedish translator living in Kraków. */
export const QUIET_PERSON = person('Ingrid Sandberg', 'ingrid.sandberg@brevlada.example', 'sv')
