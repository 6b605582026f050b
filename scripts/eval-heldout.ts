// npm run eval:heldout — the first held-out detection benchmark (test/eval/README.md): labelled
// inboxes in wordings written without the detector's templates, scanned through the CLI.
import { familyLines, HEADER, productRecallLines } from '../test/eval/report.ts'
import { runEvaluation } from '../test/eval/run-set.ts'
import { allScenarios } from '../test/eval/scenarios.ts'

runEvaluation({
  header: HEADER,
  scenarios: allScenarios,
  breakdowns: (rows) => [...productRecallLines(rows), ...familyLines()],
})
