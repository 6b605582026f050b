// npx tsx scripts/eval-fortieth.ts — the fortieth held-out detection benchmark
// (test/eval/fortieth/README.md): the same person hit again in campaigns of waves, and the trail
// each wave leaves for days and weeks, measured like the earlier sets.
import { FORTIETH_HEADER, fortiethBreakdowns } from '../test/eval/fortieth/report.ts'
import { allFortiethScenarios } from '../test/eval/fortieth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FORTIETH_HEADER,
  scenarios: allFortiethScenarios,
  breakdowns: fortiethBreakdowns,
})
