// What the fortieth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-eight through eval-thirty-ninth-earlier.ts, the thirty-ninth walked here as values
// through eval-twenty-eighth-earlier.ts).
import * as thirtyNinth from '../eval/thirty-ninth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtyEighth } from './eval-thirty-ninth-earlier.ts'

export function earlierNameWordsToThirtyNinth(): Set<string> {
  return new Set([...earlierNameWordsToThirtyEighth(), ...earlierWords([thirtyNinth])])
}
