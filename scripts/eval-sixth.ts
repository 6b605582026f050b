// npx tsx scripts/eval-sixth.ts — the sixth held-out detection benchmark
// (test/eval/sixth/README.md): new products, wordings, companies, payloads, two held-out
// languages and everyday mail, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  SIXTH_HEADER,
  heldOutLanguageLines,
  sixthFamilyLines,
  sixthProductRecallLines,
} from '../test/eval/sixth/report.ts'
import { allSixthScenarios } from '../test/eval/sixth/scenarios.ts'

runEvaluation({
  header: SIXTH_HEADER,
  scenarios: allSixthScenarios,
  breakdowns: (rows) => [
    ...sixthProductRecallLines(rows),
    ...heldOutLanguageLines(rows),
    ...sixthFamilyLines(),
  ],
})
