// The tenth set's own lines of the report (per-product recall and the wording families); every
// measure and failure class is printed by the shared report.ts, so all sets read alike.
import { recall, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const TENTH_HEADER =
  'tenth evaluation (tenth held-out set: new products, wordings, companies, payloads and everyday mail)'

export function tenthProductRecallLines(rows: readonly ScoredRow[]): string[] {
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

export function tenthFamilyLines(): string[] {
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
