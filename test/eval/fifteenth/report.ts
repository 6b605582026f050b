// The fifteenth set's own lines of the report: wave recall per family, per language, per
// product and for product vs in-house (hand-written, composed) wording. Every measure and
// failure class is printed by the shared report.ts, so all sets are measured identically.
import { recall, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { FAMILIES } from './composed/blocks.ts'
import { PRODUCTS } from './products.ts'

export const FIFTEENTH_HEADER =
  'fifteenth evaluation (fifteenth held-out set: companies’ own in-house wordings, hand-written and composed, plus four new products)'

function line(
  title: string,
  parts: readonly [string, (row: ScoredRow) => boolean][],
  rows: readonly ScoredRow[],
): string {
  const cells = parts.flatMap(([name, keep]) => {
    const r = recall(rows, keep)
    return r.value === null ? [] : [`${name} ${r.value.toFixed(2)} (${r.total})`]
  })
  return `wave recall by ${title}: ${cells.join('; ')}`
}

export function fifteenthLines(rows: readonly ScoredRow[]): string[] {
  const origin = (row: ScoredRow) =>
    row.label.product?.startsWith('in-house/') ? row.label.product.slice(9) : 'product'
  return [
    line(
      'family',
      FAMILIES.map((f) => [f, (row) => row.label.family === f]),
      rows,
    ),
    line(
      'language',
      LANGUAGES.map((l) => [l, (row) => row.label.lang === l]),
      rows,
    ),
    line(
      'wording',
      ['product', 'handwritten', 'composed'].map((o) => [o, (row) => origin(row) === o]),
      rows,
    ),
    line(
      'product',
      PRODUCTS.map((p) => [p.product, (row) => row.label.product === p.product]),
      rows,
    ),
    line(
      'sender',
      ['own', 'hosted', 'display'].map((s) => [s, (row) => row.label.sender === s]),
      rows,
    ),
  ]
}
