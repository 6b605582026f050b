// The twelfth set's own lines of the report; every measure and failure class is printed by the
// shared report.ts, so all sets are measured identically.
import { recall, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { PRODUCTS } from './products/index.ts'

export const TWELFTH_HEADER =
  'twelfth evaluation (twelfth held-out set: new products, wordings, companies, payloads and everyday mail)'

/** One line per family: each product's wave recall. */
export function twelfthProductRecallLines(rows: readonly ScoredRow[]): string[] {
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

/** Recall per language inside the multilingual waves alone. */
export function multilingualLines(rows: readonly ScoredRow[]): string[] {
  const multi = (row: ScoredRow) => row.scenario.endsWith(' multi')
  const parts = LANGUAGES.map((lang) => {
    const r = recall(rows, (row) => multi(row) && row.label.lang === lang)
    return `${lang} ${r.value === null ? 'n/a' : r.value.toFixed(2)} (${r.total})`
  })
  return [`wave recall inside multilingual waves by language: ${parts.join('; ')}`]
}

export function twelfthFamilyLines(): string[] {
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
