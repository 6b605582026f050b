// What the thirty-fifth set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (sets one to
// twenty-nine through eval-thirty-first-earlier.ts, the thirtieth to the thirty-fourth walked
// here as values through eval-twenty-eighth-earlier.ts).
import * as thirtieth from '../eval/thirtieth/companies.ts'
import * as thirtyFirst from '../eval/thirty-first/companies.ts'
import * as thirtySecond from '../eval/thirty-second/companies.ts'
import * as thirtyThird from '../eval/thirty-third/companies.ts'
import * as thirtyFourth from '../eval/thirty-fourth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { earlierNameWords } from './eval-thirty-first-earlier.ts'

export function earlierNameWordsToThirtyFourth(): Set<string> {
  return new Set([
    ...earlierNameWords(),
    ...earlierWords([thirtieth, thirtyFirst, thirtySecond, thirtyThird, thirtyFourth]),
  ])
}
