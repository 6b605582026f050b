// The ninth set's own lines of the report; every measure (recall per kind, language, family,
// sender shape and payload) and failure class is printed by the shared report.ts.
import { recall, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const NINTH_HEADER =
  'ninth evaluation (ninth held-out set: new products, companies, payloads, ESP and display-only senders, slow waves)'

/** One line per family: each product's wave recall. */
export function ninthProductRecallLines(rows: readonly ScoredRow[]): string[] {
  return ['helpdesk', 'verification', 'subscription', 'reset'].map((family) => {
    const parts = PRODUCTS.filter((p) => p.family === family).map((p) => {
      const r = recall(
        rows,
        (row) => row.label.product === p.product && row.label.family === family,
      )
      return `${p.product} ${r.value === null ? 'n/a' : r.value.toFixed(2)} (${r.total})`
    })
    return `wave recall by product, ${family}: ${parts.join('; ')}`
  })
}

/** Recall inside the multilingual waves, split by the language of each mail. */
export function multilingualLines(rows: readonly ScoredRow[]): string[] {
  const multi = rows.filter((r) => r.scenario.endsWith(' multi'))
  const langs = [...new Set(multi.map((r) => r.label.lang).filter((l) => l !== undefined))].sort()
  const parts = langs.map((l) => {
    const r = recall(multi, (row) => row.label.lang === l)
    return `${l} ${r.value === null ? 'n/a' : r.value.toFixed(2)} (${r.total})`
  })
  return [`wave recall in multilingual waves by language: ${parts.join('; ')}`]
}

export function ninthFamilyLines(): string[] {
  return ['helpdesk', 'verification', 'subscription', 'reset'].map(
    (family) =>
      `wording family ${family}: ${PRODUCTS.filter((p) => p.family === family)
        .map((p) => p.product)
        .join('; ')}`,
  )
}
