// npx tsx scripts/eval-fifteenth.ts — the fifteenth held-out detection benchmark
// (test/eval/fifteenth/README.md): companies' own in-house wordings, measured like the earlier sets.
import { FIFTEENTH_HEADER, fifteenthLines } from '../test/eval/fifteenth/report.ts'
import { allFifteenthScenarios } from '../test/eval/fifteenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FIFTEENTH_HEADER,
  scenarios: allFifteenthScenarios,
  breakdowns: fifteenthLines,
})
