// What the thirty-ninth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-seven through eval-thirty-eighth-earlier.ts, the thirty-eighth walked here as values
// through eval-twenty-eighth-earlier.ts).
import * as thirtyEighth from '../eval/thirty-eighth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtySeventh } from './eval-thirty-eighth-earlier.ts'

export function earlierNameWordsToThirtyEighth(): Set<string> {
  return new Set([...earlierNameWordsToThirtySeventh(), ...earlierWords([thirtyEighth])])
}
