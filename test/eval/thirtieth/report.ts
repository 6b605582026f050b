// The thirtieth set's own lines of the report (every shared measure and failure class is printed
// by ../report.ts): wave recall per product, per wording source and per family x source; the
// look-alikes per placement (called relay, suspect, important pinned) and per class; and the
// person's own bursts per kind.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { BURST_KINDS } from './bursts/types.ts'
import { LOOK_CLASSES } from './look/types.ts'
import { PRODUCTS } from './products.ts'
import { FAMILIES } from './wording/types.ts'

export const THIRTIETH_HEADER =
  'thirtieth evaluation (thirtieth held-out set: bursts of the person’s own life that look like waves, waves in the companies’ own words, important mail inside waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const PLACES = ['quiet', 'wave-known', 'wave-new', 'history', 'burst'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cells = SOURCES.map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const lines = [`wave recall by wording source: ${cells.join('; ')}`]
  for (const family of FAMILIES) {
    const byFamily = SOURCES.map(
      (s) =>
        `${s} ${share(recall(rows, (r) => r.label.family === family && r.label.source === `wording:${s}`))}`,
    )
    lines.push(`wave recall ${family} by source: ${byFamily.join('; ')}`)
  }
  return lines
}

const parts = (row: ScoredRow) => (row.label.source ?? '').split(':')
const placeOf = (row: ScoredRow) => (parts(row)[0] === 'lookalike' ? (parts(row)[1] ?? null) : null)

function placeLine(name: string, group: readonly ScoredRow[]): string {
  const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
  const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
  const important = group.filter((r) => r.label.label === 'important')
  const pinned = ratio(
    important.filter((r) => r.verdict !== 'relay' && r.important).length,
    important.length,
  )
  return `look-alikes ${name}: called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`
}

/** Look-alike false marks by placement, by class, and the person's bursts by kind. */
export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines = PLACES.map((p) =>
    placeLine(
      p,
      rows.filter((r) => placeOf(r) === p),
    ),
  )
  const flagged = (group: readonly ScoredRow[]) =>
    `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  const classes = LOOK_CLASSES.map((c) => {
    const group = rows.filter(
      (r) => placeOf(r) !== null && placeOf(r) !== 'burst' && parts(r)[2] === c,
    )
    return `${c} ${flagged(group)}`
  })
  lines.push(`look-alikes flagged (suspect or relay) by class: ${classes.join('; ')}`)
  for (const kind of BURST_KINDS)
    lines.push(
      placeLine(
        `burst ${kind}`,
        rows.filter((r) => r.label.source === `lookalike:burst:${kind}`),
      ),
    )
  return lines
}

export function thirtiethBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
