// What the thirty-eighth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-six through eval-thirty-seventh-earlier.ts, the thirty-seventh walked here as values
// through eval-twenty-eighth-earlier.ts).
import * as thirtySeventh from '../eval/thirty-seventh/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtySixth } from './eval-thirty-seventh-earlier.ts'

export function earlierNameWordsToThirtySeventh(): Set<string> {
  return new Set([...earlierNameWordsToThirtySixth(), ...earlierWords([thirtySeventh])])
}
