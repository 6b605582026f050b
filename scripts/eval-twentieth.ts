// npx tsx scripts/eval-twentieth.ts — the twentieth held-out detection benchmark
// (test/eval/twentieth/README.md): fourteen classes of everyday look-alike mail inside and
// outside waves, companies in their own words and new products, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTIETH_HEADER, twentiethBreakdowns } from '../test/eval/twentieth/report.ts'
import { allTwentiethScenarios } from '../test/eval/twentieth/scenarios.ts'

runEvaluation({
  header: TWENTIETH_HEADER,
  scenarios: allTwentiethScenarios,
  breakdowns: twentiethBreakdowns,
})
