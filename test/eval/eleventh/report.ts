// The eleventh set's own lines of the report; every measure and failure class is printed by the
// shared report.ts, so all sets are measured identically.
import { recall, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const ELEVENTH_HEADER =
  'eleventh evaluation (eleventh held-out set, written blind: new products, wordings, companies, payloads and everyday mail)'

/** One line per family: each product's wave recall. */
export function eleventhProductRecallLines(rows: readonly ScoredRow[]): string[] {
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

/** One line per family: its products and the languages each ships. */
export function eleventhFamilyLines(): string[] {
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

/** Wave recall per arrival language of the wave mail, for the multilingual waves only. */
export function eleventhMultiLines(rows: readonly ScoredRow[]): string[] {
  const multi = rows.filter((r) => r.scenario.endsWith(' multi'))
  const langs = [...new Set(multi.map((r) => r.label.lang).filter(Boolean))].sort()
  const parts = langs.map(
    (lang) => `${lang} ${recall(multi, (r) => r.label.lang === lang).value?.toFixed(2)}`,
  )
  return [`wave recall in multilingual waves by language: ${parts.join('; ')}`]
}
