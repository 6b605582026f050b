// npx tsx scripts/eval-thirtieth.ts — the thirtieth held-out detection benchmark
// (test/eval/thirtieth/README.md): bursts of the person's own life that look like waves, waves in
// the companies' own words, and everyday look-alike mail inside and outside waves.
import { THIRTIETH_HEADER, thirtiethBreakdowns } from '../test/eval/thirtieth/report.ts'
import { allThirtiethScenarios } from '../test/eval/thirtieth/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: THIRTIETH_HEADER,
  scenarios: allThirtiethScenarios,
  breakdowns: thirtiethBreakdowns,
})
