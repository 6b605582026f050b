// npx tsx scripts/eval-sixteenth.ts — the sixteenth held-out detection benchmark
// (test/eval/sixteenth/README.md): companies' own in-house wordings, new products, seven languages,
// measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import { SIXTEENTH_HEADER, sixteenthLines } from '../test/eval/sixteenth/report.ts'
import { allSixteenthScenarios } from '../test/eval/sixteenth/scenarios.ts'

runEvaluation({
  header: SIXTEENTH_HEADER,
  scenarios: allSixteenthScenarios,
  breakdowns: sixteenthLines,
})
