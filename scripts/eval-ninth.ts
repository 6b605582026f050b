// npx tsx scripts/eval-ninth.ts — the ninth held-out detection benchmark
// (test/eval/ninth/README.md): new products, companies, payloads, sender shapes and everyday
// mail in the seven languages, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  NINTH_HEADER,
  multilingualLines,
  ninthFamilyLines,
  ninthProductRecallLines,
} from '../test/eval/ninth/report.ts'
import { allNinthScenarios } from '../test/eval/ninth/scenarios.ts'

runEvaluation({
  header: NINTH_HEADER,
  scenarios: allNinthScenarios,
  breakdowns: (rows) => [
    ...ninthProductRecallLines(rows),
    ...multilingualLines(rows),
    ...ninthFamilyLines(),
  ],
})
