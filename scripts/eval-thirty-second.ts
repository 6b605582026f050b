// npx tsx scripts/eval-thirty-second.ts — the thirty-second held-out detection benchmark
// (test/eval/thirty-second/README.md): waves that try to stay under a detector and the
// holiday-season inbox, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_SECOND_HEADER, thirtySecondBreakdowns } from '../test/eval/thirty-second/report.ts'
import { allThirtySecondScenarios } from '../test/eval/thirty-second/scenarios.ts'

runEvaluation({
  header: THIRTY_SECOND_HEADER,
  scenarios: allThirtySecondScenarios,
  breakdowns: thirtySecondBreakdowns,
})
