// The thirteenth set's own lines of the report; every measure and failure class is printed by the
// shared report.ts, so all sets are measured identically.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { recall, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const THIRTEENTH_HEADER =
  'thirteenth evaluation (thirteenth held-out set: new products, wordings, companies, payloads and everyday mail)'

/** One line per family: each product's wave recall. */
export function thirteenthProductRecallLines(rows: readonly ScoredRow[]): string[] {
  return productRecallLinesOf(PRODUCTS, rows)
}

/** Wave recall by the payload's presence in the mail (shown, hidden by the product, none at all). */
export function thirteenthPayloadLines(rows: readonly ScoredRow[]): string[] {
  const kinds: [string, (payload: string) => boolean][] = [
    ['shown', (p) => p !== 'none' && p !== 'hidden'],
    ['hidden by the product', (p) => p === 'hidden'],
    ['no payload', (p) => p === 'none'],
  ]
  const parts = kinds.map(([name, test]) => {
    const r = recall(rows, (row) => test(row.label.payload ?? 'none'))
    return `${name} ${r.value === null ? 'n/a' : r.value.toFixed(3)} (${r.total})`
  })
  return [`wave recall by payload presence: ${parts.join('; ')}`]
}

export function thirteenthFamilyLines(): string[] {
  return familyLinesOf(PRODUCTS)
}
