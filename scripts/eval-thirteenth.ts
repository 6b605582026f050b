// npx tsx scripts/eval-thirteenth.ts — the thirteenth held-out detection benchmark
// (test/eval/thirteenth/README.md): new products, wordings, companies, payloads and everyday
// mail, measured like the earlier sets.
import {
  THIRTEENTH_HEADER,
  thirteenthFamilyLines,
  thirteenthPayloadLines,
  thirteenthProductRecallLines,
} from '../test/eval/thirteenth/report.ts'
import { allThirteenthScenarios } from '../test/eval/thirteenth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: THIRTEENTH_HEADER,
  scenarios: allThirteenthScenarios,
  breakdowns: (rows) => [
    ...thirteenthProductRecallLines(rows),
    ...thirteenthPayloadLines(rows),
    ...thirteenthFamilyLines(),
  ],
})
