// npx tsx scripts/eval-eighteenth.ts — the eighteenth held-out detection benchmark
// (test/eval/eighteenth/README.md): companies' own wordings in all four families, weighted to
// Spanish, Portuguese, Italian and Dutch, measured like the earlier sets.
import { EIGHTEENTH_HEADER, eighteenthLines } from '../test/eval/eighteenth/report.ts'
import { allEighteenthScenarios } from '../test/eval/eighteenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: EIGHTEENTH_HEADER,
  scenarios: allEighteenthScenarios,
  breakdowns: eighteenthLines,
})
