// npm run eval:fresh — the second held-out detection benchmark (test/eval/fresh/README.md): new
// products, wordings, companies and SpamAssassin groups, measured like the first set.
import {
  FRESH_HEADER,
  freshFamilyLines,
  freshProductRecallLines,
} from '../test/eval/fresh/report.ts'
import { allFreshScenarios } from '../test/eval/fresh/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FRESH_HEADER,
  scenarios: allFreshScenarios,
  breakdowns: (rows) => [...freshProductRecallLines(rows), ...freshFamilyLines()],
})
