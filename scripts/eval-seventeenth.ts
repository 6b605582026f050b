// npx tsx scripts/eval-seventeenth.ts — the seventeenth held-out detection benchmark
// (test/eval/seventeenth/README.md): verification of anonymous requests and each company's own
// wording, measured like the earlier sets.
import { SEVENTEENTH_HEADER, seventeenthLines } from '../test/eval/seventeenth/report.ts'
import { allSeventeenthScenarios } from '../test/eval/seventeenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: SEVENTEENTH_HEADER,
  scenarios: allSeventeenthScenarios,
  breakdowns: seventeenthLines,
})
