// The inbox owner per language (an invented name and address) and colleagues who write to them.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  colleague: { name: string; address: string }
}

const p = (first: string, last: string, domain: string, colleague: string): Person => ({
  name: `${first} ${last}`,
  first,
  address: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
  colleague: {
    name: colleague,
    address: `${colleague.split(' ')[0]!.toLowerCase()}@work-${domain}`,
  },
})

export const PEOPLE: Record<Lang, Person> = {
  en: p('Harriet', 'Colwyn', 'postbox.example', 'Desmond Achebe'),
  de: p('Liesl', 'Ambrunner', 'netzpost.example', 'Ruedi Kessler'),
  fr: p('Solène', 'Marivaux', 'courrielbox.example', 'Yannick Dufresne'),
  es: p('Itziar', 'Olabarri', 'buzon.example', 'Chema Robles'),
  pt: p('Joana', 'Fagundes', 'caixapost.example', 'Thiago Moura'),
  it: p('Ornella', 'Vescovi', 'casella.example', 'Guido Ferrante'),
  nl: p('Femke', 'Terpstra', 'postvak.example', 'Joost Brinkman'),
}
export const QUIET_PERSON: Person = p('Marit', 'Oosthuizen', 'mailnest.example', 'Ada Kwiatek')
