// npx tsx scripts/eval-forty-second.ts — the forty-second held-out detection benchmark
// (test/eval/forty-second/README.md): small attacks and large bursts the person caused, where
// a wave's size and an own burst's size overlap, measured like the earlier sets.
import { FORTY_SECOND_HEADER, fortySecondBreakdowns } from '../test/eval/forty-second/report.ts'
import { allFortySecondScenarios } from '../test/eval/forty-second/scenarios.ts'
import { runEvaluation } from '../test/eval/run-set.ts'

runEvaluation({
  header: FORTY_SECOND_HEADER,
  scenarios: allFortySecondScenarios,
  breakdowns: fortySecondBreakdowns,
})
