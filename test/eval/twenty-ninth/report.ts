// The twenty-ninth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product and per wording source; the look-alike
// measures per placement (called relay, suspect, important pinned) and flagged per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'
import { FAMILIES } from './products/types.ts'

export const TWENTY_NINTH_HEADER =
  'twenty-ninth evaluation (twenty-ninth held-out set: everyday mail that decorates itself, own imperative sign-ups, overlapping and dripping waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cell = (s: string, keep: (r: ScoredRow) => boolean = () => true) =>
    `${s} ${share(recall(rows, (r) => keep(r) && r.label.source === `wording:${s}`))}`
  return [
    `wave recall by wording source: ${SOURCES.map((s) => cell(s)).join('; ')}`,
    ...FAMILIES.map(
      (f) =>
        `wave recall ${f} by source: ${SOURCES.map((s) => cell(s, (r) => r.label.family === f)).join('; ')}`,
    ),
  ]
}

const placeOf = (row: ScoredRow): string | null => {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}
const classOf = (row: ScoredRow): string => (row.label.source ?? '').split(':')[2] ?? ''

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines = WHERE.map((where) => {
    const group = rows.filter((r) => placeOf(r) === where)
    const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
    const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
    const important = group.filter((r) => r.label.label === 'important')
    const pinned = ratio(
      important.filter((r) => r.verdict !== 'relay' && r.important).length,
      important.length,
    )
    return `look-alikes ${where}: called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`
  })
  for (const where of ['quiet', 'wave-known', 'wave-new']) {
    const group = rows.filter((r) => placeOf(r) === where)
    const classes = [...new Set(group.map(classOf))].sort()
    const cells = classes.map((c) => {
      const members = group.filter((r) => classOf(r) === c)
      return `${c} ${members.filter((r) => r.verdict === 'relay').length}/${members.filter((r) => r.verdict === 'suspect').length}/${members.length}`
    })
    lines.push(`look-alikes ${where} by class (relay/suspect/total): ${cells.join('; ')}`)
  }
  const living = rows.filter((r) => (r.label.source ?? '').startsWith('living:'))
  lines.push(
    `the person living during waves (own reply, colleague answer) flagged: ${living.filter((r) => r.verdict !== 'clean').length} of ${living.length}`,
  )
  return lines
}

export function twentyNinthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
