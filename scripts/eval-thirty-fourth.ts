// npx tsx scripts/eval-thirty-fourth.ts — the thirty-fourth held-out detection benchmark
// (test/eval/thirty-fourth/README.md): bursts of automated mail the person caused (reply storms,
// job applications, administrator mail), auto-reply waves and everyday look-alike mail.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_FOURTH_HEADER, thirtyFourthBreakdowns } from '../test/eval/thirty-fourth/report.ts'
import { allThirtyFourthScenarios } from '../test/eval/thirty-fourth/scenarios.ts'
import { waveShapes } from '../test/eval/thirty-fourth/shapes.ts'

runEvaluation({
  header: THIRTY_FOURTH_HEADER,
  scenarios: allThirtyFourthScenarios,
  breakdowns: thirtyFourthBreakdowns(waveShapes()),
})
