// npx tsx scripts/eval-twenty-second.ts — the twenty-second held-out detection benchmark
// (test/eval/twenty-second/README.md): new products, in-house wordings, fourteen classes of
// everyday look-alike mail inside and outside waves, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_SECOND_HEADER, twentySecondBreakdowns } from '../test/eval/twenty-second/report.ts'
import { allTwentySecondScenarios } from '../test/eval/twenty-second/scenarios.ts'

runEvaluation({
  header: TWENTY_SECOND_HEADER,
  scenarios: allTwentySecondScenarios,
  breakdowns: twentySecondBreakdowns,
})
