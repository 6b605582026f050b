// npx tsx scripts/eval-twenty-eighth.ts — the twenty-eighth held-out detection benchmark
// (test/eval/twenty-eighth/README.md): acknowledgements the person caused, regional and register
// variants, Outlook-shaped rows and everyday look-alike mail inside and outside waves.
import { TWENTY_EIGHTH_HEADER, twentyEighthBreakdowns } from '../test/eval/twenty-eighth/report.ts'
import { allTwentyEighthScenarios } from '../test/eval/twenty-eighth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: TWENTY_EIGHTH_HEADER,
  scenarios: allTwentyEighthScenarios,
  breakdowns: twentyEighthBreakdowns,
})
