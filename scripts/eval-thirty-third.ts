// npx tsx scripts/eval-thirty-third.ts — the thirty-third held-out detection benchmark
// (test/eval/thirty-third/README.md): bilingual households, a one-person shop, verify-to-submit
// forms and foreign companies inside waves, measured like the earlier sets.
import { THIRTY_THIRD_HEADER, thirtyThirdBreakdowns } from '../test/eval/thirty-third/report.ts'
import { allThirtyThirdScenarios } from '../test/eval/thirty-third/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: THIRTY_THIRD_HEADER,
  scenarios: allThirtyThirdScenarios,
  breakdowns: thirtyThirdBreakdowns,
})
