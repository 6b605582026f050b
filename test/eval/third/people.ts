// The made-up people whose inboxes the third set fills, one per language.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  name: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Imogen', name: 'Imogen Falk', address: 'imogen.falk@postbox-mail.net' },
  de: { first: 'Lorenz', name: 'Lorenz Tiedemann', address: 'l.tiedemann@postfach-mail.de' },
  fr: { first: 'Solène', name: 'Solène Marchetti', address: 'solene.marchetti@boite-mel.fr' },
  es: { first: 'Iratxe', name: 'Iratxe Olabarria', address: 'iratxe.olabarria@buzon-mail.es' },
  pt: { first: 'Joaquim', name: 'Joaquim Bettencourt', address: 'jbettencourt@caixa-mail.pt' },
  it: {
    first: 'Ludovica',
    name: 'Ludovica Sanfilippo',
    address: 'ludo.sanfilippo@casella-mail.it',
  },
  nl: { first: 'Wessel', name: 'Wessel Brinkhuis', address: 'wessel.brinkhuis@postvak-mail.nl' },
}
