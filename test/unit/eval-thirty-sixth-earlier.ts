// What the thirty-sixth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-four through eval-thirty-fifth-earlier.ts, the thirty-fifth walked here as values
// through eval-twenty-eighth-earlier.ts).
import * as thirtyFifth from '../eval/thirty-fifth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtyFourth } from './eval-thirty-fifth-earlier.ts'

export function earlierNameWordsToThirtyFifth(): Set<string> {
  return new Set([...earlierNameWordsToThirtyFourth(), ...earlierWords([thirtyFifth])])
}
