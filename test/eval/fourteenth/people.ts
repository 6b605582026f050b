// The inbox owners: one made-up person per language, and the owner of the quiet inbox.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: { first: 'Harriet', last: 'Quayle', address: 'harriet.quayle@postbox-mail.test' },
  de: { first: 'Ottilie', last: 'Brennecke', address: 'o.brennecke@briefkasten-web.test' },
  fr: { first: 'Solène', last: 'Vautrin', address: 'solene.vautrin@courriel-net.test' },
  es: { first: 'Remedios', last: 'Albarrán', address: 'remedios.albarran@buzon-web.test' },
  pt: { first: 'Iracema', last: 'Fontoura', address: 'iracema.fontoura@caixa-net.test' },
  it: { first: 'Ottavio', last: 'Scarpellini', address: 'o.scarpellini@posta-rete.test' },
  nl: { first: 'Femke', last: 'Oudendijk', address: 'femke.oudendijk@postvak-net.test' },
}

export const QUIET_PERSON: Person = {
  first: 'Gideon',
  last: 'Marlowe',
  address: 'gideon.marlowe@inbox-home.test',
}
