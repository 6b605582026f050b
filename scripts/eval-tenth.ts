// npx tsx scripts/eval-tenth.ts — the tenth held-out detection benchmark
// (test/eval/tenth/README.md): new products, wordings, companies, payloads and everyday mail,
// measured like the earlier sets.
import {
  TENTH_HEADER,
  tenthFamilyLines,
  tenthProductRecallLines,
} from '../test/eval/tenth/report.ts'
import { allTenthScenarios } from '../test/eval/tenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: TENTH_HEADER,
  scenarios: allTenthScenarios,
  breakdowns: (rows) => [...tenthProductRecallLines(rows), ...tenthFamilyLines()],
})
