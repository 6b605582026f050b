// The twenty-fifth set's own lines of the report (the shared measures and failure classes come
// from ../report.ts): wave recall per product and per wording source, and the look-alike lines
// per placement (called relay, suspect, important pinned) and per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products.ts'

export const TWENTY_FIFTH_HEADER =
  'twenty-fifth evaluation (twenty-fifth held-out set: account mail in each company’s own voice, the person’s own activity during waves, everyday look-alikes)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cells = SOURCES.map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  return [`wave recall by wording source: ${cells.join('; ')}`]
}

const whereOf = (row: ScoredRow): string | null => {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines = WHERE.map((where) => {
    const group = rows.filter((r) => whereOf(r) === where)
    const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
    const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
    const important = group.filter((r) => r.label.label === 'important')
    const pinned = ratio(
      important.filter((r) => r.verdict !== 'relay' && r.important).length,
      important.length,
    )
    return `look-alikes ${where}: called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`
  })
  const classOf = (r: ScoredRow) => (whereOf(r) ? (r.label.source!.split(':')[2] ?? '') : '')
  const classes = [...new Set(rows.map(classOf).filter(Boolean))].sort()
  const flagged = classes.map((c) => {
    const group = rows.filter((r) => classOf(r) === c)
    return `${c} ${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  })
  lines.push(`look-alikes flagged (suspect or relay) by class: ${flagged.join('; ')}`)
  const own = rows.filter(
    (r) => r.label.label === 'own' && r.kind !== 'g-own' && r.kind !== 'h-quiet',
  )
  lines.push(
    `own mail inside wave scenarios called relay: ${own.filter((r) => r.verdict === 'relay').length} of ${own.length}  target 0`,
  )
  return lines
}

export function twentyFifthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
