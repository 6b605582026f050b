// npm run eval:heldout — the held-out detection benchmark (test/eval/README.md): labelled
// inboxes in wordings written without the detector's templates, scanned through the CLI, each
// measure printed with its target. Always exits 0: it reports figures, it does not gate.
import {
  familyLines,
  failureLines,
  HEADER,
  measureLines,
  productRecallLines,
} from '../test/eval/report.ts'
import { scanWithCli } from '../test/eval/scan.ts'
import { allScenarios } from '../test/eval/scenarios.ts'
import type { ScoredRow } from '../test/eval/score.ts'

async function main(): Promise<void> {
  const started = performance.now()
  console.log(HEADER)
  const scenarios = await allScenarios()
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
    ...productRecallLines(rows),
    ...familyLines(),
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
