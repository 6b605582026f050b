// npx tsx scripts/eval-thirty-first.ts — the thirty-first held-out detection benchmark
// (test/eval/thirty-first/README.md): waves as they arrive in 2026 (helpdesks asking to verify
// the address before a request is submitted), webmail rows, everyday platform mail inside and
// outside waves, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_FIRST_HEADER, thirtyFirstBreakdowns } from '../test/eval/thirty-first/report.ts'
import { allThirtyFirstScenarios } from '../test/eval/thirty-first/scenarios.ts'

runEvaluation({
  header: THIRTY_FIRST_HEADER,
  scenarios: allThirtyFirstScenarios,
  breakdowns: thirtyFirstBreakdowns,
})
