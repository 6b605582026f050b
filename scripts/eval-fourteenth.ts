// npx tsx scripts/eval-fourteenth.ts — the fourteenth held-out detection benchmark
// (test/eval/fourteenth/README.md): companies' own in-house wordings besides a few new products,
// new companies, payloads and everyday mail, measured like the earlier sets.
import {
  FOURTEENTH_HEADER,
  fourteenthFamilyLines,
  fourteenthRecallLines,
} from '../test/eval/fourteenth/report.ts'
import { allFourteenthScenarios } from '../test/eval/fourteenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FOURTEENTH_HEADER,
  scenarios: allFourteenthScenarios,
  breakdowns: (rows) => [...fourteenthRecallLines(rows), ...fourteenthFamilyLines()],
})
