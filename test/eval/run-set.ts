// Runs one labelled evaluation set through `relay-shield scan` and prints every measure with its
// target, the set's own breakdowns, and the classes of failure. Shared by the entry scripts of
// each set (scripts/eval-*.ts), so all sets are measured and reported the same way.
import { failureLines, measureLines } from './report.ts'
import { scanWithCli } from './scan.ts'
import type { ScoredRow } from './score.ts'
import type { Scenario } from './types.ts'

export interface EvaluationSet {
  header: string
  scenarios: () => Promise<Scenario[]>
  /** The set's own breakdowns (per product, per wording family). */
  breakdowns: (rows: readonly ScoredRow[]) => string[]
}

async function scoredRows(scenarios: readonly Scenario[]): Promise<ScoredRow[]> {
  const rows: ScoredRow[] = []
  for (const scenario of scenarios) {
    const subjects = new Map(scenario.records.map((r) => [r.id, r.subject]))
    for (const verdict of await scanWithCli(scenario.records)) {
      const label = scenario.labels.get(verdict.id)
      if (!label) throw new Error(`unlabelled mail ${verdict.id} in ${scenario.name}`)
      const subject = subjects.get(verdict.id) ?? ''
      rows.push({ scenario: scenario.name, kind: scenario.kind, subject, label, ...verdict })
    }
  }
  return rows
}

async function evaluate(set: EvaluationSet): Promise<void> {
  const started = performance.now()
  console.log(set.header)
  const scenarios = await set.scenarios()
  const rows = await scoredRows(scenarios)
  const count = (label: string) => rows.filter((r) => r.label.label === label).length
  console.log(
    `scenarios: ${scenarios.length}, inbox mails: ${rows.length} (wave ${count('wave')}, important ${count('important')}, own ${count('own')}, ham ${count('ham')})`,
  )
  for (const line of [...measureLines(rows), ...set.breakdowns(rows), ...failureLines(rows)])
    console.log(line)
  console.log(`elapsed: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** Prints the set's figures. Always exits 0: it reports figures, it does not gate. */
export function runEvaluation(set: EvaluationSet): void {
  evaluate(set)
    .catch((error: unknown) => {
      console.error(error)
    })
    .finally(() => {
      process.exitCode = 0
    })
}
