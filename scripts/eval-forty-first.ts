// npx tsx scripts/eval-forty-first.ts — the forty-first held-out detection benchmark
// (test/eval/forty-first/README.md): the fraud alerts a wave is meant to bury, the personas'
// own mail and the everyday look-alikes, measured like the earlier sets.
import { FORTY_FIRST_HEADER, fortyFirstBreakdowns } from '../test/eval/forty-first/report.ts'
import { allFortyFirstScenarios } from '../test/eval/forty-first/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FORTY_FIRST_HEADER,
  scenarios: allFortyFirstScenarios,
  breakdowns: fortyFirstBreakdowns,
})
