// The twenty-third set's own lines of the report (the shared measures and failure classes come
// from ../report.ts through runEvaluation): wave recall per product and per wording source; the
// look-alikes per placement (called relay, suspect, important pinned) and flagged per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES, PRODUCTS } from './products.ts'

export const TWENTY_THIRD_HEADER =
  'twenty-third evaluation (twenty-third held-out set: everyday look-alikes by class and placement, codes and replies during waves, known senders among the abused companies)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cells = SOURCES.map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const lines = [`wave recall by wording source: ${cells.join('; ')}`]
  for (const family of FAMILIES) {
    const inFamily = SOURCES.map(
      (s) =>
        `${s} ${share(recall(rows, (r) => r.label.family === family && r.label.source === `wording:${s}`))}`,
    )
    lines.push(`wave recall ${family} by source: ${inFamily.join('; ')}`)
  }
  return lines
}

const placement = (row: ScoredRow): string | null => {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}
const lookClass = (row: ScoredRow): string => (row.label.source ?? '').split(':')[2] ?? ''

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const where of WHERE) {
    const group = rows.filter((r) => placement(r) === where)
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
  const looks = rows.filter((r) => placement(r) !== null)
  const classes = [...new Set(looks.map(lookClass))].sort()
  for (const where of ['quiet', 'wave-known', 'wave-new'] as const) {
    const cells = classes.map((c) => {
      const group = looks.filter((r) => placement(r) === where && lookClass(r) === c)
      return `${c} ${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
    })
    lines.push(`look-alikes ${where} flagged (suspect or relay) by class: ${cells.join('; ')}`)
  }
  const living = rows.filter((r) => (r.label.source ?? '').startsWith('living:'))
  lines.push(
    `the person's own life during waves called relay: ${living.filter((r) => r.verdict === 'relay').length} of ${living.length}  target 0`,
  )
  return lines
}

export function twentyThirdBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
