// What the forty-second set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// fortieth through eval-forty-first-earlier.ts, the forty-first walked here as values through
// eval-twenty-eighth-earlier.ts).
import * as fortyFirst from '../eval/forty-first/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWordsToFortieth } from './eval-forty-first-earlier.ts'

export function earlierNameWordsToFortyFirst(): Set<string> {
  return new Set([...earlierNameWordsToFortieth(), ...earlierWords([fortyFirst])])
}
