// The eighteenth set's own lines of the report: recall per product, per wording source (product
// default, hand-written in-house, composed in-house), per family x source, per regional locale
// sender and per language of the focus group. Every shared measure and failure class is printed
// by the shared report.ts, so all sets are measured identically.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES } from './compose/types.ts'
import { PRODUCTS } from './products.ts'

export const EIGHTEENTH_HEADER =
  'eighteenth evaluation (eighteenth held-out set: companies’ own wordings in all four families, weighted to es, pt, it and nl)'

const SOURCES = ['product', 'in-house hand', 'in-house composed'] as const

function sourceOf(row: ScoredRow): string {
  const product = row.label.product ?? ''
  return product.startsWith('in-house') ? product : 'product'
}

function show(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

const LISTED = PRODUCTS.map((p) => ({ family: p.family, product: p.product, texts: p.texts }))

export function eighteenthLines(rows: readonly ScoredRow[]): string[] {
  const lines = productRecallLinesOf(LISTED, rows)
  lines.push(
    `wave recall by wording source: ${SOURCES.map((s) => `${s} ${show(recall(rows, (r) => sourceOf(r) === s))}`).join('; ')}`,
  )
  for (const family of FAMILIES)
    lines.push(
      `wave recall ${family} by source: ${SOURCES.map((s) => `${s} ${show(recall(rows, (r) => r.label.family === family && sourceOf(r) === s))}`).join('; ')}`,
    )
  const focus = ['es', 'pt', 'it', 'nl']
  lines.push(
    `wave recall es+pt+it+nl: ${show(recall(rows, (r) => focus.includes(r.label.lang ?? '')))}; others ${show(recall(rows, (r) => !focus.includes(r.label.lang ?? '')))}`,
  )
  lines.push(
    `wave recall same payload in every subject (a-acknowledgement es): ${show(recall(rows, (r) => r.scenario === 'a-acknowledgement es'))}`,
  )
  return [...lines, ...familyLinesOf(LISTED)]
}
