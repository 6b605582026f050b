// The twentieth set's own lines of the report (every shared measure and failure class is printed
// by ../report.ts): wave recall per product, per wording source and per family x source; and the
// false marks on the everyday look-alikes, apart for the quiet inbox, inside waves from senders
// seen before, inside waves from new senders and the earlier mail of those known senders, with
// the important ones pinned; then per class and placement.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES } from './inhouse/types.ts'
import { PRODUCTS } from './products/index.ts'

export const TWENTIETH_HEADER =
  'twentieth evaluation (twentieth held-out set: fourteen classes of everyday look-alike mail inside and outside waves, companies in their own words, new products)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const PLACES = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const of = (keep: (r: ScoredRow) => boolean) =>
    SOURCES.map(
      (s) => `${s} ${share(recall(rows, (r) => keep(r) && r.label.source === `wording:${s}`))}`,
    ).join('; ')
  return [
    `wave recall by wording source: ${of(() => true)}`,
    ...FAMILIES.map((f) => `wave recall ${f} by source: ${of((r) => r.label.family === f)}`),
  ]
}

/** [placement, class] of a look-alike row, or null for every other row. */
export function placeOf(row: ScoredRow): [string, string] | null {
  const parts = (row.label.source ?? '').split(':')
  return parts[0] === 'lookalike' && parts.length === 3 ? [parts[1]!, parts[2]!] : null
}

function marks(group: readonly ScoredRow[]): { relay: Ratio; suspect: Ratio; pinned: Ratio } {
  const important = group.filter((r) => r.label.label === 'important')
  return {
    relay: ratio(group.filter((r) => r.verdict === 'relay').length, group.length),
    suspect: ratio(group.filter((r) => r.verdict === 'suspect').length, group.length),
    pinned: ratio(
      important.filter((r) => r.verdict !== 'relay' && r.important).length,
      important.length,
    ),
  }
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.flatMap((r) => {
    const place = placeOf(r)
    return place ? [{ row: r, place: place[0], cls: place[1] }] : []
  })
  const lines = PLACES.map((place) => {
    const m = marks(look.filter((x) => x.place === place).map((x) => x.row))
    return `look-alikes ${place}: called relay ${share(m.relay)}  target 0; suspect ${share(m.suspect)}; important pinned ${share(m.pinned)}`
  })
  const classes = [...new Set(look.map((x) => x.cls))].sort()
  for (const cls of classes) {
    const cells = PLACES.map((place) => {
      const group = look.filter((x) => x.cls === cls && x.place === place).map((x) => x.row)
      const m = marks(group)
      return `${place} relay ${m.relay.hits} suspect ${m.suspect.hits} of ${group.length}`
    })
    lines.push(`look-alike class ${cls}: ${cells.join('; ')}`)
  }
  return lines
}

export function twentiethBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
