// npm run eval:third — the third held-out detection benchmark (test/eval/third/README.md): new
// products, wordings, companies, payloads and everyday mail, scanned through the CLI and measured
// with the first held-out set's scoring and report. Always exits 0: it reports, it does not gate.
import { failureLines, measureLines } from '../test/eval/report.ts'
import { scanWithCli } from '../test/eval/scan.ts'
import type { ScoredRow } from '../test/eval/score.ts'
import {
  THIRD_HEADER,
  thirdFamilyLines,
  thirdProductRecallLines,
} from '../test/eval/third/report.ts'
import { allThirdScenarios } from '../test/eval/third/scenarios.ts'

async function main(): Promise<void> {
  const started = performance.now()
  console.log(THIRD_HEADER)
  const scenarios = await allThirdScenarios()
  const rows: ScoredRow[] = []
  for (const scenario of scenarios) {
    const subjects = new Map(scenario.records.map((r) => [r.id, r.subject]))
    for (const verdict of await scanWithCli(scenario.records)) {
      const label = scenario.labels.get(verdict.id)
      if (!label) throw new Error(`unlabelled mail ${verdict.id} in ${scenario.name}`)
      rows.push({
        scenario: scenario.name,
        kind: scenario.kind,
        subject: subjects.get(verdict.id) ?? '',
        label,
        ...verdict,
      })
    }
  }
  const count = (label: string) => rows.filter((r) => r.label.label === label).length
  console.log(
    `scenarios: ${scenarios.length}, inbox mails: ${rows.length} (wave ${count('wave')}, important ${count('important')}, own ${count('own')}, ham ${count('ham')})`,
  )
  for (const line of [
    ...measureLines(rows),
    ...thirdProductRecallLines(rows),
    ...thirdFamilyLines(),
    ...failureLines(rows),
  ])
    console.log(line)
  console.log(`elapsed: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

main()
  .catch((error: unknown) => {
    console.error(error)
  })
  .finally(() => {
    process.exitCode = 0
  })
