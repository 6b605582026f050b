// The fourteenth set's own lines of the report; every shared measure and failure class is
// printed by the shared report.ts, so all sets are measured identically.
import { recall, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { PRODUCTS } from './products/index.ts'
import { FAMILIES } from './wording.ts'

export const FOURTEENTH_HEADER =
  "fourteenth evaluation (fourteenth held-out set: companies' own in-house wordings, new products, companies, payloads and everyday mail)"

const isInHouse = (row: ScoredRow) => (row.label.product ?? '').startsWith('in-house')

function fmt(rows: readonly ScoredRow[], keep: (row: ScoredRow) => boolean): string {
  const r = recall(rows, keep)
  return r.value === null ? 'n/a' : `${r.value.toFixed(2)} (${r.total})`
}

/** Each product's wave recall, then product vs in-house wording overall, per family, per language. */
export function fourteenthRecallLines(rows: readonly ScoredRow[]): string[] {
  const products = PRODUCTS.map(
    (p) => `${p.product} ${fmt(rows, (r) => r.label.product === p.product)}`,
  )
  const style = (s: string) => (r: ScoredRow) => r.label.product === `in-house (${s})`
  const lines = [
    `wave recall by product: ${products.join('; ')}`,
    `wave recall product vs in-house: products ${fmt(rows, (r) => !isInHouse(r))}; in-house ${fmt(rows, isInHouse)} (written ${fmt(rows, style('written'))}, composed ${fmt(rows, style('composed'))})`,
  ]
  for (const family of FAMILIES)
    lines.push(
      `wave recall ${family}: products ${fmt(rows, (r) => r.label.family === family && !isInHouse(r))}; in-house ${fmt(rows, (r) => r.label.family === family && isInHouse(r))}`,
    )
  for (const lang of LANGUAGES)
    lines.push(
      `wave recall lang ${lang}: products ${fmt(rows, (r) => r.label.lang === lang && !isInHouse(r))}; in-house ${fmt(rows, (r) => r.label.lang === lang && isInHouse(r))}`,
    )
  const payloads = ['none', 'hidden']
  lines.push(
    `wave recall by payload presence: shown ${fmt(rows, (r) => !payloads.includes(r.label.payload ?? 'none'))}; hidden by the wording ${fmt(rows, (r) => r.label.payload === 'hidden')}; no payload ${fmt(rows, (r) => r.label.payload === 'none')}`,
  )
  return lines
}

export function fourteenthFamilyLines(): string[] {
  return FAMILIES.map(
    (family) =>
      `wording family ${family}: in-house (written, composed); ${PRODUCTS.filter(
        (p) => p.family === family,
      )
        .map((p) => p.product)
        .join('; ')}`,
  )
}
