// npx tsx scripts/eval-twenty-fifth.ts — the twenty-fifth held-out detection benchmark
// (test/eval/twenty-fifth/README.md): account mail in each company's own voice, the person's own
// activity during waves, and everyday look-alike mail inside and outside waves.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_FIFTH_HEADER, twentyFifthBreakdowns } from '../test/eval/twenty-fifth/report.ts'
import { allTwentyFifthScenarios } from '../test/eval/twenty-fifth/scenarios.ts'

runEvaluation({
  header: TWENTY_FIFTH_HEADER,
  scenarios: allTwentyFifthScenarios,
  breakdowns: twentyFifthBreakdowns,
})
