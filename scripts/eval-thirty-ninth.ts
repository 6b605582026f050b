// npx tsx scripts/eval-thirty-ninth.ts — the thirty-ninth held-out detection benchmark
// (test/eval/thirty-ninth/README.md): sign-ups as real services run them, the person's own and
// the attackers' waves through the same services, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_NINTH_HEADER, thirtyNinthBreakdowns } from '../test/eval/thirty-ninth/report.ts'
import { allThirtyNinthScenarios } from '../test/eval/thirty-ninth/scenarios.ts'

runEvaluation({
  header: THIRTY_NINTH_HEADER,
  scenarios: allThirtyNinthScenarios,
  breakdowns: thirtyNinthBreakdowns,
})
