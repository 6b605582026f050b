// The twenty-second set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product and per wording source, and the look-alike
// lines: per placement (called relay, suspect, important pinned) and per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products.ts'
import { FAMILIES } from './wording.ts'

export const TWENTY_SECOND_HEADER =
  'twenty-second evaluation (twenty-second held-out set: new products, in-house wordings, fourteen classes of everyday look-alike mail, and the person’s own life during waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cell = (keep: (r: ScoredRow) => boolean) =>
    SOURCES.map(
      (s) => `${s} ${share(recall(rows, (r) => keep(r) && r.label.source === `wording:${s}`))}`,
    ).join('; ')
  return [
    `wave recall by wording source: ${cell(() => true)}`,
    ...FAMILIES.map((f) => `wave recall ${f} by source: ${cell((r) => r.label.family === f)}`),
  ]
}

const partsOf = (row: ScoredRow): string[] =>
  (row.label.source ?? '').startsWith('lookalike:') ? row.label.source!.split(':') : []

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const where of WHERE) {
    const group = rows.filter((r) => partsOf(r)[1] === where)
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
    ...new Set(rows.map((r) => partsOf(r)[2]).filter((c): c is string => !!c)),
  ].sort()
  for (const where of ['quiet', 'wave-known', 'wave-new'] as const) {
    const cells = classes.map((c) => {
      const group = rows.filter((r) => partsOf(r)[1] === where && partsOf(r)[2] === c)
      return `${c} ${group.filter((r) => r.verdict === 'relay').length}/${group.filter((r) => r.verdict === 'suspect').length}/${group.length}`
    })
    lines.push(`look-alikes ${where} by class (relay/suspect/all): ${cells.join('; ')}`)
  }
  const living = rows.filter((r) => (r.label.source ?? '').startsWith('living:'))
  lines.push(
    `the person's own exchange during waves flagged (suspect or relay): ${living.filter((r) => r.verdict !== 'clean').length} of ${living.length}  target 0`,
  )
  return lines
}

export function twentySecondBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
