// The sixteenth set's own lines of the report: wave recall per family, per language, per wording
// source (product default, hand-written in-house, composed in-house) and per product. Every
// measure and failure class is printed by the shared report.ts, so all sets are measured alike.
import { recall, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { PRODUCTS } from './products.ts'

export const SIXTEENTH_HEADER =
  "sixteenth evaluation (sixteenth held-out set: companies' own in-house wordings, new products, en/de/fr/es/pt/it/nl)"

function line(
  title: string,
  parts: readonly [string, (row: ScoredRow) => boolean][],
  rows: readonly ScoredRow[],
): string {
  const cells = parts.map(([name, keep]) => {
    const r = recall(rows, keep)
    return `${name} ${r.value === null ? '-' : r.value.toFixed(2)} (${r.total})`
  })
  return `wave recall by ${title}: ${cells.join('; ')}`
}

export function sixteenthLines(rows: readonly ScoredRow[]): string[] {
  const families = ['ack', 'verify', 'subscribe', 'reset']
  const sources = ['hand-written', 'composed']
  return [
    line(
      'family',
      families.map((f) => [f, (r) => r.label.family === f]),
      rows,
    ),
    line(
      'language',
      LANGUAGES.map((l) => [l, (r) => r.label.lang === l]),
      rows,
    ),
    line(
      'wording',
      [
        ['product', (r) => !sources.includes(r.label.product ?? '')],
        ...sources.map((s): [string, (r: ScoredRow) => boolean] => [
          `in-house ${s}`,
          (r) => r.label.product === s,
        ]),
      ],
      rows,
    ),
    line(
      'product',
      PRODUCTS.map((p) => [p.product, (r) => r.label.product === p.product]),
      rows,
    ),
    line(
      'sender',
      ['own', 'hosted', 'display'].map((s) => [s, (r) => r.label.sender === s]),
      rows,
    ),
  ]
}
