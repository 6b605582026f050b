// npx tsx scripts/eval-eleventh.ts — the eleventh held-out detection benchmark
// (test/eval/eleventh/README.md): written blind, with new products, wordings, companies,
// payloads and everyday mail, measured like the earlier sets.
import {
  ELEVENTH_HEADER,
  eleventhFamilyLines,
  eleventhMultiLines,
  eleventhProductRecallLines,
} from '../test/eval/eleventh/report.ts'
import { allEleventhScenarios } from '../test/eval/eleventh/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: ELEVENTH_HEADER,
  scenarios: allEleventhScenarios,
  breakdowns: (rows) => [
    ...eleventhProductRecallLines(rows),
    ...eleventhMultiLines(rows),
    ...eleventhFamilyLines(),
  ],
})
