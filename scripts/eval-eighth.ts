// npx tsx scripts/eval-eighth.ts — the eighth held-out detection benchmark
// (test/eval/eighth/README.md): new products, wordings, companies, payloads, sender shapes and
// everyday mail in the seven languages, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  EIGHTH_HEADER,
  eighthPayloadLines,
  eighthProductRecallLines,
} from '../test/eval/eighth/report.ts'
import { allEighthScenarios } from '../test/eval/eighth/scenarios.ts'

runEvaluation({
  header: EIGHTH_HEADER,
  scenarios: allEighthScenarios,
  breakdowns: (rows) => [...eighthProductRecallLines(rows), ...eighthPayloadLines(rows)],
})
