// The person whose inbox each scenario is, per language, with the colleagues and friends who
// write to them (invented names, example domains).
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  address: string
  lang: Lang
  /** Colleagues and friends: "Name <addr>". */
  contacts: readonly string[]
}

export const PEOPLE: Record<Lang, Person> = {
  en: {
    first: 'Maggie',
    address: 'maggie.thornbury@inbox.example',
    lang: 'en',
    contacts: [
      'Dev Pillai <dev.pillai@workmail.example>',
      'Aunt Rosalind <rosalind.t@home.example>',
    ],
  },
  de: {
    first: 'Jonas',
    address: 'jonas.weidenfeld@postfach.example',
    lang: 'de',
    contacts: ['Katrin Obermaier <k.obermaier@buero.example>', 'Opa Heinz <heinz.w@home.example>'],
  },
  fr: {
    first: 'Camille',
    address: 'camille.duverger@boite.example',
    lang: 'fr',
    contacts: [
      'Théo Lemaire <theo.lemaire@bureau.example>',
      'Mamie Odette <odette.d@home.example>',
    ],
  },
  es: {
    first: 'Lucía',
    address: 'lucia.berrocal@correo.example',
    lang: 'es',
    contacts: ['Íñigo Sarasola <inigo.s@oficina.example>', 'Tía Merche <merche.b@home.example>'],
  },
  pt: {
    first: 'Beatriz',
    address: 'beatriz.quaresma@caixa.example',
    lang: 'pt',
    contacts: [
      'Rodrigo Fontes <rodrigo.fontes@escritorio.example>',
      'Vó Lurdes <lurdes.q@home.example>',
    ],
  },
  it: {
    first: 'Matteo',
    address: 'matteo.sardelli@posta.example',
    lang: 'it',
    contacts: ['Giulia Ferrante <giulia.f@ufficio.example>', 'Zio Nando <nando.s@home.example>'],
  },
  nl: {
    first: 'Femke',
    address: 'femke.terhorst@postvak.example',
    lang: 'nl',
    contacts: ['Joost Verbeek <joost.verbeek@kantoor.example>', 'Oma Truus <truus.t@home.example>'],
  },
}

export const QUIET_PERSON: Person = PEOPLE.en
