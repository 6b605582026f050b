// npx tsx scripts/eval-twenty-sixth.ts — the twenty-sixth held-out detection benchmark
// (test/eval/twenty-sixth/README.md): four families in the companies' own regional voices, new
// products, and everyday look-alike mail from new and known senders inside and outside waves.
import { runEvaluation } from '../test/eval/run-set.ts'
import { TWENTY_SIXTH_HEADER, twentySixthBreakdowns } from '../test/eval/twenty-sixth/report.ts'
import { allTwentySixthScenarios } from '../test/eval/twenty-sixth/scenarios.ts'

runEvaluation({
  header: TWENTY_SIXTH_HEADER,
  scenarios: allTwentySixthScenarios,
  breakdowns: twentySixthBreakdowns,
})
