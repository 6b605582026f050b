// The eighth set's own lines of the report; every measure (recall per kind, language, family and
// sender shape) and failure class is printed by the shared report.ts, so all sets are measured
// identically.
import { recall, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const EIGHTH_HEADER =
  'eighth evaluation (eighth held-out set: new products, wordings, companies, payloads, sender shapes and everyday mail)'

/** One line per family: each product's wave recall. */
export function eighthProductRecallLines(rows: readonly ScoredRow[]): string[] {
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

/** Recall of wave mail that echoes a payload against wave mail with none. */
export function eighthPayloadLines(rows: readonly ScoredRow[]): string[] {
  const withPayload = recall(rows, (row) => (row.label.payload ?? 'none') !== 'none')
  const without = recall(rows, (row) => row.label.payload === 'none')
  const show = (r: ReturnType<typeof recall>) =>
    r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
  return [`wave recall with an echoed payload: ${show(withPayload)}; with none: ${show(without)}`]
}
