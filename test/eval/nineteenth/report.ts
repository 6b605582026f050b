// The nineteenth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source and per family x source;
// and false marks on the everyday look-alikes, apart for the quiet inbox, inside waves from
// senders seen before and inside waves from new senders, with the important ones pinned.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES } from './inhouse/types.ts'
import { PRODUCTS } from './products/index.ts'

export const NINETEENTH_HEADER =
  'nineteenth evaluation (nineteenth held-out set: in-house wordings, new products, and everyday look-alike mail inside and outside waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const bySource = SOURCES.map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const lines = [`wave recall by wording source: ${bySource.join('; ')}`]
  for (const family of FAMILIES) {
    const cells = SOURCES.map(
      (s) =>
        `${s} ${share(recall(rows, (r) => r.label.family === family && r.label.source === `wording:${s}`))}`,
    )
    lines.push(`wave recall ${family} by source: ${cells.join('; ')}`)
  }
  return lines
}

const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function whereOf(row: ScoredRow): string | null {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}

/** Look-alike false marks by where they sit; per class for the quiet inbox and the waves. */
export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const where of WHERE) {
    const group = rows.filter((r) => whereOf(r) === where)
    const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
    const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
    const important = group.filter((r) => r.label.label === 'important')
    const pinned = ratio(
      important.filter((r) => r.verdict !== 'relay' && r.important).length,
      important.length,
    )
    lines.push(
      `look-alikes ${where}: called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`,
    )
  }
  const classes = [
    ...new Set(rows.map((r) => (whereOf(r) ? r.label.source!.split(':')[2]! : '')).filter(Boolean)),
  ].sort()
  const flagged = classes.map((c) => {
    const group = rows.filter((r) => whereOf(r) !== null && r.label.source!.endsWith(`:${c}`))
    return `${c} ${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  })
  lines.push(`look-alikes flagged (suspect or relay) by class: ${flagged.join('; ')}`)
  return lines
}

export function nineteenthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
