// npx tsx scripts/eval-twenty-first.ts — the twenty-first held-out detection benchmark
// (test/eval/twenty-first/README.md): new products, in-house wordings, everyday look-alike mail
// in fourteen classes inside and outside waves, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_FIRST_HEADER, twentyFirstBreakdowns } from '../test/eval/twenty-first/report.ts'
import { allTwentyFirstScenarios } from '../test/eval/twenty-first/scenarios.ts'

runEvaluation({
  header: TWENTY_FIRST_HEADER,
  scenarios: allTwentyFirstScenarios,
  breakdowns: twentyFirstBreakdowns,
})
