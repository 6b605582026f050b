// npx tsx scripts/eval-thirty-fifth.ts — the thirty-fifth held-out detection benchmark
// (test/eval/thirty-fifth/README.md): account bursts the person caused, returning waves,
// personalised payloads and everyday look-alikes, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_FIFTH_HEADER, thirtyFifthBreakdowns } from '../test/eval/thirty-fifth/report.ts'
import { allThirtyFifthScenarios } from '../test/eval/thirty-fifth/scenarios.ts'

runEvaluation({
  header: THIRTY_FIFTH_HEADER,
  scenarios: allThirtyFifthScenarios,
  breakdowns: thirtyFifthBreakdowns,
})
