// npx tsx scripts/eval-fifth.ts — the fifth held-out detection benchmark
// (test/eval/fifth/README.md): new products, wordings, companies, payloads and everyday mail,
// measured like the earlier sets.
import {
  FIFTH_HEADER,
  fifthFamilyLines,
  fifthProductRecallLines,
} from '../test/eval/fifth/report.ts'
import { allFifthScenarios } from '../test/eval/fifth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FIFTH_HEADER,
  scenarios: allFifthScenarios,
  breakdowns: (rows) => [...fifthProductRecallLines(rows), ...fifthFamilyLines()],
})
