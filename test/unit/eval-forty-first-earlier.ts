// What the forty-first set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// thirty-nine through eval-fortieth-earlier.ts, the fortieth walked here as values through
// eval-twenty-eighth-earlier.ts).
import * as fortieth from '../eval/fortieth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToThirtyNinth } from './eval-fortieth-earlier.ts'

export function earlierNameWordsToFortieth(): Set<string> {
  return new Set([...earlierNameWordsToThirtyNinth(), ...earlierWords([fortieth])])
}
