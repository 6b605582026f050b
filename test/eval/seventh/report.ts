// The seventh set's own lines of the report; every measure and failure class is printed by the
// shared report.ts, so all sets are measured identically.
import { recall, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const SEVENTH_HEADER =
  'seventh evaluation (seventh held-out set: new products, wordings, companies, payloads and everyday mail)'

/** One line per family: each product's wave recall. */
export function seventhProductRecallLines(rows: readonly ScoredRow[]): string[] {
  const families = new Map<string, string[]>()
  for (const p of PRODUCTS) {
    const r = recall(
      rows,
      (row) => row.label.product === p.product && row.label.family === p.family,
    )
    if (r.value === null) continue
    families.set(p.family, [
      ...(families.get(p.family) ?? []),
      `${p.product} ${r.value.toFixed(2)} (${r.total})`,
    ])
  }
  return [...families].map(
    ([family, list]) => `wave recall by product, ${family}: ${list.join('; ')}`,
  )
}

/** Recall per wave shape (burst with tail, two bursts, slow), read from the scenario's wave. */
export function seventhArrivalLines(
  rows: readonly ScoredRow[],
  arrivalOfWave: (waveId: string) => string | undefined,
): string[] {
  const shapes = [
    ...new Set(
      rows
        .map((r) => (r.label.waveId ? arrivalOfWave(r.label.waveId) : undefined))
        .filter((s): s is string => !!s),
    ),
  ].sort()
  return [
    `wave recall by arrival shape: ${shapes
      .map(
        (s) =>
          `${s} ${recall(rows, (r) => !!r.label.waveId && arrivalOfWave(r.label.waveId) === s).value?.toFixed(3)}`,
      )
      .join('; ')}`,
  ]
}

export function seventhFamilyLines(): string[] {
  const families = new Map<string, string[]>()
  for (const p of PRODUCTS)
    families.set(p.family, [
      ...(families.get(p.family) ?? []),
      `${p.product} [${Object.keys(p.texts).join(' ')}]`,
    ])
  return [...families].map(
    ([family, products]) => `wording family ${family}: ${products.join('; ')}`,
  )
}
