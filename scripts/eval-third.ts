// npm run eval:third — the third held-out detection benchmark (test/eval/third/README.md): new
// products, wordings, companies, payloads and everyday mail, measured like the first set.
import {
  THIRD_HEADER,
  thirdFamilyLines,
  thirdProductRecallLines,
} from '../test/eval/third/report.ts'
import { allThirdScenarios } from '../test/eval/third/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: THIRD_HEADER,
  scenarios: allThirdScenarios,
  breakdowns: (rows) => [...thirdProductRecallLines(rows), ...thirdFamilyLines()],
})
