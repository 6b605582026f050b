// Stubs and earlier-set modules for the twentieth set's unit test: a small SpamAssassin and real
// corpus stand-in (so the generator runs without the corpora), and every word of every company
// name the nineteen earlier sets can produce (their companies.ts walked as values, never read).
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import * as first from '../eval/companies.ts'
import * as fresh from '../eval/fresh/companies.ts'
import * as third from '../eval/third/companies.ts'
import * as fourth from '../eval/fourth/companies.ts'
import * as fifth from '../eval/fifth/companies.ts'
import * as sixth from '../eval/sixth/companies.ts'
import * as seventh from '../eval/seventh/companies.ts'
import * as eighth from '../eval/eighth/companies.ts'
import * as ninth from '../eval/ninth/companies.ts'
import * as tenth from '../eval/tenth/companies.ts'
import * as eleventh from '../eval/eleventh/companies.ts'
import * as twelfth from '../eval/twelfth/companies.ts'
import * as thirteenth from '../eval/thirteenth/companies.ts'
import * as fourteenth from '../eval/fourteenth/companies.ts'
import * as fifteenth from '../eval/fifteenth/companies.ts'
import * as sixteenth from '../eval/sixteenth/companies.ts'
import * as seventeenth from '../eval/seventeenth/companies.ts'
import * as eighteenth from '../eval/eighteenth/companies.ts'
import * as nineteenth from '../eval/nineteenth/companies.ts'
import { earlierNames } from './eval-nineteenth-names.ts'

export const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Lister ${i} <l${i}@lists.example>`,
  subject: `[tools] note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 25), 9 + (i % 8)),
  listId: i % 2 ? 'tools.lists.example' : null,
  text: `text ${i}`,
}))
export const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Help <h@x.example>',
    subject: 'Ticket 1',
    date: Date.UTC(2024, 1, 1),
    text: 'hi',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'P <p@y.example>',
    subject: 'Re: lunch',
    date: null,
    text: 'ok',
  },
]

export function earlierCompanyWords(): Set<string> {
  const modules = [
    first,
    fresh,
    third,
    fourth,
    fifth,
    sixth,
    seventh,
    eighth,
    ninth,
    tenth,
    eleventh,
    twelfth,
    thirteenth,
    fourteenth,
    fifteenth,
    sixteenth,
    seventeenth,
    eighteenth,
    nineteenth,
  ]
  return earlierNames(modules, seeded(201_999))
}
