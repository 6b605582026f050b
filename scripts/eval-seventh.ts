// npx tsx scripts/eval-seventh.ts — the seventh held-out detection benchmark
// (test/eval/seventh/README.md): new products, wordings, companies, payloads and everyday mail
// in the seven supported languages, measured like the earlier sets.
import { runEvaluation } from '../test/eval/run-set.ts'
import {
  SEVENTH_HEADER,
  seventhArrivalLines,
  seventhFamilyLines,
  seventhProductRecallLines,
} from '../test/eval/seventh/report.ts'
import { allSeventhScenarios, arrivalOf, WAVE_LANGS } from '../test/eval/seventh/scenarios.ts'
import { WAVE_KINDS } from '../test/eval/types.ts'

const ARRIVAL_OF_WAVE = new Map<string, string>(
  WAVE_KINDS.flatMap((kind, k) =>
    WAVE_LANGS.map((lang, l) => [`seventh-${kind[0]}-${lang}`, arrivalOf(k, l)] as const),
  ),
)

runEvaluation({
  header: SEVENTH_HEADER,
  scenarios: allSeventhScenarios,
  breakdowns: (rows) => [
    ...seventhProductRecallLines(rows),
    ...seventhArrivalLines(rows, (id) => ARRIVAL_OF_WAVE.get(id)),
    ...seventhFamilyLines(),
  ],
})
