// npx tsx scripts/eval-twenty-fourth.ts — the twenty-fourth held-out detection benchmark
// (test/eval/twenty-fourth/README.md): in-house acknowledgements in each company's own voice,
// new products, and everyday look-alike mail inside and outside waves, measured like the others.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_FOURTH_HEADER, twentyFourthBreakdowns } from '../test/eval/twenty-fourth/report.ts'
import { allTwentyFourthScenarios } from '../test/eval/twenty-fourth/scenarios.ts'

runEvaluation({
  header: TWENTY_FOURTH_HEADER,
  scenarios: allTwentyFourthScenarios,
  breakdowns: twentyFourthBreakdowns,
})
