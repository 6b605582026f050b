// npx tsx scripts/eval-twenty-ninth.ts — the twenty-ninth held-out detection benchmark
// (test/eval/twenty-ninth/README.md): everyday mail that decorates itself, the person's own
// imperative sign-ups, overlapping and dripping waves, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_NINTH_HEADER, twentyNinthBreakdowns } from '../test/eval/twenty-ninth/report.ts'
import { allTwentyNinthScenarios } from '../test/eval/twenty-ninth/scenarios.ts'

runEvaluation({
  header: TWENTY_NINTH_HEADER,
  scenarios: allTwentyNinthScenarios,
  breakdowns: twentyNinthBreakdowns,
})
