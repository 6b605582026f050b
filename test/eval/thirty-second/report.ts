// The thirty-second set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source and per wave shape, and
// the look-alike lines per placement (called relay, suspect, important pinned) and per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'

export const THIRTY_SECOND_HEADER =
  'thirty-second evaluation (thirty-second held-out set: waves that try to stay under a detector, and the holiday-season inbox)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
export const SHAPES = [
  'slow',
  'small',
  'burst',
  'tail',
  'one-per-company',
  'subscription-only',
  'reset-only',
  'mixed',
  'verify-to-submit',
  'multilingual',
  'no-payload',
] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceAndShapeLines(rows: readonly ScoredRow[]): string[] {
  const bySource = SOURCES.map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const byShape = SHAPES.map(
    (s) => `${s} ${share(recall(rows, (r) => (r.label.waveId ?? '').split('~').includes(s)))}`,
  )
  return [
    `wave recall by wording source: ${bySource.join('; ')}`,
    `wave recall by wave shape: ${byShape.join('; ')}`,
  ]
}

const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function whereOf(row: ScoredRow): string | null {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}

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
  const placed = rows.filter((r) => WHERE.some((w) => w === whereOf(r)))
  const classes = [...new Set(placed.map((r) => r.label.source!.split(':')[2]!))].sort()
  const flagged = classes.map((c) => {
    const group = placed.filter((r) => r.label.source!.split(':')[2] === c)
    const relay = group.filter((r) => r.verdict === 'relay').length
    return `${c} relay ${relay}, flagged ${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  })
  lines.push(`look-alikes by class: ${flagged.join('; ')}`)
  const season = rows.filter((r) => r.label.source?.startsWith('holiday:'))
  lines.push(
    `holiday-season mail (quiet inbox): called relay ${season.filter((r) => r.verdict === 'relay').length}, flagged ${season.filter((r) => r.verdict !== 'clean').length} of ${season.length}`,
  )
  return lines
}

export function thirtySecondBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceAndShapeLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
