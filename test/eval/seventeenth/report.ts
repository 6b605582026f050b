// The seventeenth set's own lines of the report; every measure and failure class is printed by
// the shared report.ts, so all sets are measured identically.
import { familyLinesOf, productRecallLinesOf, type ListedProduct } from '../report.ts'
import { recall, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { KINDS } from './compose/blocks.ts'
import { PRODUCTS } from './products.ts'
import { HAND_TEXTS } from './texts/index.ts'
import { FAMILY_OF } from './wording.ts'

export const SEVENTEENTH_HEADER =
  "seventeenth evaluation (seventeenth held-out set: anonymous-request verification and each company's own wording)"

const IN_HOUSE: ListedProduct[] = KINDS.flatMap((kind) =>
  (['hand', 'composed'] as const).map((source) => ({
    family: FAMILY_OF[kind],
    product: `in-house ${kind} (${source})`,
    texts: HAND_TEXTS[kind],
  })),
)

export const LISTED: readonly ListedProduct[] = [...PRODUCTS, ...IN_HOUSE]

const wordingKind = (row: ScoredRow) => /in-house (\w+)/u.exec(row.label.product ?? '')?.[1]

function line(
  title: string,
  parts: [string, (row: ScoredRow) => boolean][],
  rows: readonly ScoredRow[],
): string {
  const shown = parts
    .map(([name, keep]) => [name, recall(rows, keep)] as const)
    .filter(([, r]) => r.value !== null)
    .map(([name, r]) => `${name} ${r.value!.toFixed(3)} (${r.hits}/${r.total})`)
  return `${title}: ${shown.join('; ')}`
}

export function seventeenthLines(rows: readonly ScoredRow[]): string[] {
  return [
    line(
      'wave recall by wording source',
      [
        ['product', (r) => r.label.source === 'product'],
        ['in-house', (r) => r.label.source === 'hand' || r.label.source === 'composed'],
        ['in-house hand-written', (r) => r.label.source === 'hand'],
        ['in-house composed', (r) => r.label.source === 'composed'],
      ],
      rows,
    ),
    line(
      'wave recall by in-house wording kind',
      KINDS.map((kind) => [kind, (r: ScoredRow) => wordingKind(r) === kind]),
      rows,
    ),
    ...LANGUAGES.map((lang) =>
      line(
        `wave recall lang ${lang} by kind`,
        [
          ['request-verification', (r) => r.label.lang === lang && wordingKind(r) === 'request'],
          [
            'other in-house',
            (r) => r.label.lang === lang && !!wordingKind(r) && wordingKind(r) !== 'request',
          ],
          ['product', (r) => r.label.lang === lang && r.label.source === 'product'],
        ],
        rows,
      ),
    ),
    ...productRecallLinesOf(LISTED, rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
