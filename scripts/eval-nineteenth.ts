// npx tsx scripts/eval-nineteenth.ts — the nineteenth held-out detection benchmark
// (test/eval/nineteenth/README.md): in-house wordings, new products, and everyday look-alike
// mail inside and outside waves, measured like the earlier sets.
import { NINETEENTH_HEADER, nineteenthBreakdowns } from '../test/eval/nineteenth/report.ts'
import { allNineteenthScenarios } from '../test/eval/nineteenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: NINETEENTH_HEADER,
  scenarios: allNineteenthScenarios,
  breakdowns: nineteenthBreakdowns,
})
