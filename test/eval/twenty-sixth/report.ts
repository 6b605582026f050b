// The twenty-sixth set's own report lines (the shared measures and failure classes come from
// ../report.ts): wave recall per product and per wording source, and the look-alikes per
// placement (called relay, suspect, important pinned) and per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LOOK_CLASS_NAMES } from './look/types.ts'
import { FAMILIES, PRODUCTS } from './products.ts'

export const TWENTY_SIXTH_HEADER =
  'twenty-sixth evaluation (twenty-sixth held-out set: four families in regional company voices, new products, look-alikes from new and known senders inside and outside waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const PLACES = ['quiet', 'wave-known', 'wave-new', 'history'] as const

const show = (r: Ratio): string =>
  r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`

function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cells = (keep: (r: ScoredRow) => boolean) =>
    SOURCES.map(
      (s) => `${s} ${show(recall(rows, (r) => keep(r) && r.label.source === `wording:${s}`))}`,
    ).join('; ')
  return [
    `wave recall by wording source: ${cells(() => true)}`,
    ...FAMILIES.map((f) => `wave recall ${f} by source: ${cells((r) => r.label.family === f)}`),
  ]
}

const placeOf = (row: ScoredRow): string | null => {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}

function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines = PLACES.map((place) => {
    const group = rows.filter((r) => placeOf(r) === place)
    const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
    const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
    const important = group.filter((r) => r.label.label === 'important')
    const pinned = ratio(
      important.filter((r) => r.verdict !== 'relay' && r.important).length,
      important.length,
    )
    return `look-alikes ${place}: called relay ${show(relay)}  target 0; suspect ${show(suspect)}; important pinned ${show(pinned)}`
  })
  const byClass = LOOK_CLASS_NAMES.map((c) => {
    const group = rows.filter(
      (r) => placeOf(r) !== null && placeOf(r) !== 'history' && r.label.source!.endsWith(`:${c}`),
    )
    const relay = group.filter((r) => r.verdict === 'relay').length
    const flagged = group.filter((r) => r.verdict !== 'clean').length
    return `${c} relay ${relay} flagged ${flagged}/${group.length}`
  })
  const prior = rows.filter((r) => r.label.source === 'lookalike:history:prior-customer')
  return [
    ...lines,
    `look-alikes by class (quiet and waves): ${byClass.join('; ')}`,
    `earlier mail from abused companies flagged: ${prior.filter((r) => r.verdict !== 'clean').length} of ${prior.length}`,
  ]
}

export function twentySixthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
