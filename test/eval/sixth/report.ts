// The sixth set's own lines of the report: recall per product, for the held-out languages (alone
// and as a group), per finer sender shape, and wave mail per arrival; every shared measure and
// failure class is printed by the shared report.ts, so all sets are measured identically.
import { recall, type Ratio, type ScoredRow } from '../score.ts'
import { sixthLabel } from './label.ts'
import { HELD_OUT_LANGS } from './langs.ts'
import { PRODUCTS } from './products/index.ts'

export const SIXTH_HEADER =
  'sixth evaluation (sixth held-out set: new products, wordings, companies, payloads, Swedish and Polish)'

const share = (r: Ratio) =>
  r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`

export function sixthProductRecallLines(rows: readonly ScoredRow[]): string[] {
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

export function heldOutLanguageLines(rows: readonly ScoredRow[]): string[] {
  const lang = (row: ScoredRow) => sixthLabel(row.label).language
  const held = (row: ScoredRow) =>
    (HELD_OUT_LANGS as readonly (string | undefined)[]).includes(lang(row))
  const lines = HELD_OUT_LANGS.map(
    (l) =>
      `wave recall held-out lang ${l}: ${share(recall(rows, (row) => lang(row) === l))}  target >= 0.98`,
  )
  lines.push(
    `wave recall held-out languages (sv, pl) together: ${share(recall(rows, held))}  target >= 0.98`,
  )
  const important = rows.filter(
    (r) => r.label.label === 'important' && r.label.waveId !== undefined && held(r),
  )
  const pinned = important.filter((r) => r.verdict !== 'relay' && r.important).length
  lines.push(
    `important mail inside waves pinned, held-out languages: ${pinned} of ${important.length}`,
  )
  for (const shape of ['own', 'helpdesk', 'esp', 'display'])
    lines.push(
      `wave recall sender shape ${shape}: ${share(recall(rows, (row) => sixthLabel(row.label).shape === shape))}`,
    )
  return lines
}

export function sixthFamilyLines(): string[] {
  const families = new Map<string, string[]>()
  for (const p of PRODUCTS) families.set(p.family, [...(families.get(p.family) ?? []), p.product])
  return [...families].map(
    ([family, products]) => `wording family ${family}: ${products.join('; ')}`,
  )
}
