// One record of the .jsonl contract (README, "Scan an export offline") and the labelled parts a
// scenario is assembled from.
import type { MailLabel, Scenario } from '../types.ts'
import type { Part } from '../fifth/records.ts'

// The record plumbing is the fifth set's (one .jsonl record, a labelled part, tokens).
export { add, digits, emptyPart, hexToken, record, snippetOf, type Part } from '../fifth/records.ts'

/** The parts' records in arrival order (ties by id) with all their labels. */
export function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}
