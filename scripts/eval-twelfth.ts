// npx tsx scripts/eval-twelfth.ts — the twelfth held-out detection benchmark
// (test/eval/twelfth/README.md): new products, wordings, companies, payloads and everyday mail,
// measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  TWELFTH_HEADER,
  multilingualLines,
  twelfthFamilyLines,
  twelfthProductRecallLines,
} from '../test/eval/twelfth/report.ts'
import { allTwelfthScenarios } from '../test/eval/twelfth/scenarios.ts'

runEvaluation({
  header: TWELFTH_HEADER,
  scenarios: allTwelfthScenarios,
  breakdowns: (rows) => [
    ...twelfthProductRecallLines(rows),
    ...multilingualLines(rows),
    ...twelfthFamilyLines(),
  ],
})
