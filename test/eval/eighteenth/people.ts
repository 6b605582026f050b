// The people whose addresses the attackers paste, one per language, and the quiet inbox's owner.
// Every address is under .example (reserved, never routable).
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Maureen', last: 'Ashcombe', address: 'maureen.ashcombe@post.example' },
  de: { first: 'Henrike', last: 'Obermaier', address: 'h.obermaier@mailbox.example' },
  fr: { first: 'Gaëtan', last: 'Rouvière', address: 'gaetan.rouviere@courriel.example' },
  es: { first: 'Itziar', last: 'Bengoetxea', address: 'itziar.bengoetxea@correo.example' },
  pt: { first: 'Rodrigo', last: 'Quaresma', address: 'rodrigo.quaresma@caixa.example' },
  it: { first: 'Ludovica', last: 'Sperandio', address: 'ludovica.sperandio@posta.example' },
  nl: { first: 'Sjoerd', last: 'Wijnbergen', address: 'sjoerd.wijnbergen@postvak.example' },
}

/** The quiet inbox: a Brazilian product designer living in Rotterdam who mails in seven languages. */
export const QUIET_PERSON: Person = {
  first: 'Thaís',
  last: 'Vanderlei',
  address: 'thais.vanderlei@inbox.example',
}
