// npx tsx scripts/eval-twenty-seventh.ts — the twenty-seventh held-out detection benchmark
// (test/eval/twenty-seventh/README.md): mail as webmail shows it, the person's own access mail
// during waves, subscription bombing in each list's own voice, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  TWENTY_SEVENTH_HEADER,
  twentySeventhBreakdowns,
} from '../test/eval/twenty-seventh/report.ts'
import { allTwentySeventhScenarios } from '../test/eval/twenty-seventh/scenarios.ts'

runEvaluation({
  header: TWENTY_SEVENTH_HEADER,
  scenarios: allTwentySeventhScenarios,
  breakdowns: twentySeventhBreakdowns,
})
