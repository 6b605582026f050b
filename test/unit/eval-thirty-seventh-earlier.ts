// What the thirty-seventh set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-five through eval-thirty-sixth-earlier.ts, the thirty-sixth walked here as values
// through eval-twenty-eighth-earlier.ts).
import * as thirtySixth from '../eval/thirty-sixth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtyFifth } from './eval-thirty-sixth-earlier.ts'

export function earlierNameWordsToThirtySixth(): Set<string> {
  return new Set([...earlierNameWordsToThirtyFifth(), ...earlierWords([thirtySixth])])
}
