// The made-up people whose inboxes the fifth set builds: one per language (the person of that
// language's waves and own burst) and the multilingual person of the quiet inbox. Addresses use
// the reserved `.example` top-level domain.
import type { Lang } from '../types.ts'

export interface Person {
  lang: Lang
  first: string
  last: string
  address: string
  /** Where the person lives, for everyday mail. */
  town: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: {
    lang: 'en',
    first: 'Imogen',
    last: 'Tallis',
    address: 'imogen.tallis@fastpost.example',
    town: 'Leeds',
  },
  de: {
    lang: 'de',
    first: 'Henrike',
    last: 'Vosskamp',
    address: 'h.vosskamp@netzpost.example',
    town: 'Bielefeld',
  },
  fr: {
    lang: 'fr',
    first: 'Aurélien',
    last: 'Quéméner',
    address: 'aurelien.quemener@courriel.example',
    town: 'Rennes',
  },
  es: {
    lang: 'es',
    first: 'Nerea',
    last: 'Etxeberria',
    address: 'nerea.etxeberria@correo.example',
    town: 'Valladolid',
  },
  pt: {
    lang: 'pt',
    first: 'Thiago',
    last: 'Albuquerque',
    address: 'thiago.albuquerque@caixa.example',
    town: 'Curitiba',
  },
  it: {
    lang: 'it',
    first: 'Ludovica',
    last: 'Scarpellini',
    address: 'ludovica.scarpellini@posta.example',
    town: 'Parma',
  },
  nl: {
    lang: 'nl',
    first: 'Joost',
    last: 'Verhoeckx',
    address: 'joost.verhoeckx@mailbox.example',
    town: 'Zwolle',
  },
}

/** The quiet inbox's owner: a Dutch-born engineer in Lisbon who mails in all seven languages. */
export const QUIET_PERSON: Person = {
  lang: 'en',
  first: 'Femke',
  last: 'Oyelaran',
  address: 'femke.oyelaran@inbox.example',
  town: 'Lisboa',
}
