// npx tsx scripts/eval-fourth.ts — the fourth held-out detection benchmark
// (test/eval/fourth/README.md): new products, wordings, companies, payloads and everyday mail,
// measured like the earlier sets.
import {
  FOURTH_HEADER,
  fourthFamilyLines,
  fourthProductRecallLines,
} from '../test/eval/fourth/report.ts'
import { allFourthScenarios } from '../test/eval/fourth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FOURTH_HEADER,
  scenarios: allFourthScenarios,
  breakdowns: (rows) => [...fourthProductRecallLines(rows), ...fourthFamilyLines()],
})
