// npx tsx scripts/eval-thirty-eighth.ts — the thirty-eighth held-out detection benchmark
// (test/eval/thirty-eighth/README.md): shared public addresses of small organisations, whose
// everyday mail is full of first-time senders and bursts from their own tools, with waves
// against those addresses, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_EIGHTH_HEADER, thirtyEighthBreakdowns } from '../test/eval/thirty-eighth/report.ts'
import { allThirtyEighthScenarios } from '../test/eval/thirty-eighth/scenarios.ts'

runEvaluation({
  header: THIRTY_EIGHTH_HEADER,
  scenarios: allThirtyEighthScenarios,
  breakdowns: thirtyEighthBreakdowns,
})
