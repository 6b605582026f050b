// npx tsx scripts/eval-twenty-third.ts — the twenty-third held-out detection benchmark
// (test/eval/twenty-third/README.md): everyday look-alike mail by class and placement, the
// person's own codes and replies during waves, and mail from abused companies the inbox knows.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_THIRD_HEADER, twentyThirdBreakdowns } from '../test/eval/twenty-third/report.ts'
import { allTwentyThirdScenarios } from '../test/eval/twenty-third/scenarios.ts'

runEvaluation({
  header: TWENTY_THIRD_HEADER,
  scenarios: allTwentyThirdScenarios,
  breakdowns: twentyThirdBreakdowns,
})
