// What the thirty-first set's test checks against, without opening any earlier set's files: every
// word of every company, brand and service name the earlier sets can produce (their companies.ts
// walked as values: the first to the nineteenth through eval-twenty-eighth-earlier.ts, the
// nineteenth to the twenty-ninth imported here).
import * as nineteenth from '../eval/nineteenth/companies.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import * as twentyFourth from '../eval/twenty-fourth/companies.ts'
import * as twentyFifth from '../eval/twenty-fifth/companies.ts'
import * as twentySixth from '../eval/twenty-sixth/companies.ts'
import * as twentySeventh from '../eval/twenty-seventh/companies.ts'
import * as twentyEighth from '../eval/twenty-eighth/companies.ts'
import * as twentyNinth from '../eval/twenty-ninth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'

export function earlierNameWords(): Set<string> {
  return earlierWords([
    nineteenth,
    twentieth,
    twentyFirst,
    twentySecond,
    twentyThird,
    twentyFourth,
    twentyFifth,
    twentySixth,
    twentySeventh,
    twentyEighth,
    twentyNinth,
  ])
}
