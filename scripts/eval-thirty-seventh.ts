// npx tsx scripts/eval-thirty-seventh.ts — the thirty-seventh held-out detection benchmark
// (test/eval/thirty-seventh/README.md): work inboxes whose everyday mail is itself automated and
// bursty, with waves against the work address, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  THIRTY_SEVENTH_HEADER,
  thirtySeventhBreakdowns,
} from '../test/eval/thirty-seventh/report.ts'
import { allThirtySeventhScenarios } from '../test/eval/thirty-seventh/scenarios.ts'

runEvaluation({
  header: THIRTY_SEVENTH_HEADER,
  scenarios: allThirtySeventhScenarios,
  breakdowns: thirtySeventhBreakdowns,
})
