// npx tsx scripts/eval-thirty-sixth.ts — the thirty-sixth held-out detection benchmark
// (test/eval/thirty-sixth/README.md): the shopping and events season, bursts the person caused
// inside and outside waves, season lures and everyday look-alikes, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { THIRTY_SIXTH_HEADER, thirtySixthBreakdowns } from '../test/eval/thirty-sixth/report.ts'
import { allThirtySixthScenarios } from '../test/eval/thirty-sixth/scenarios.ts'

runEvaluation({
  header: THIRTY_SIXTH_HEADER,
  scenarios: allThirtySixthScenarios,
  breakdowns: thirtySixthBreakdowns,
})
