// The twenty-fourth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product and per wording source, and false marks on
// the everyday look-alikes per placement (quiet inbox, inside waves from known and from new
// senders, their earlier mail, earlier mail of abused companies) and per class.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES, PRODUCTS } from './products.ts'

export const TWENTY_FOURTH_HEADER =
  'twenty-fourth evaluation (twenty-fourth held-out set: in-house acknowledgements in each company’s own voice, subjects that do not say received, and everyday mail inside and outside waves)'

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
    const byFamily = SOURCES.map(
      (s) =>
        `${s} ${share(recall(rows, (r) => r.label.family === family && r.label.source === `wording:${s}`))}`,
    )
    lines.push(`wave recall ${family} by source: ${byFamily.join('; ')}`)
  }
  lines.push(
    `wave recall in-house (all families): ${share(recall(rows, (r) => r.label.product === 'in-house'))}`,
  )
  return lines
}

function whereOf(row: ScoredRow): string | null {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? (source.split(':')[1] ?? null) : null
}

function marks(group: readonly ScoredRow[]): string {
  const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
  const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
  const important = group.filter((r) => r.label.label === 'important')
  const pinned = ratio(
    important.filter((r) => r.verdict !== 'relay' && r.important).length,
    important.length,
  )
  return `called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines = WHERE.map(
    (where) =>
      `look-alikes ${where}: ${marks(rows.filter((r) => whereOf(r) === where && !r.label.source!.endsWith(':prior-customer')))}`,
  )
  lines.push(
    `earlier mail of abused companies (prior customer): ${marks(rows.filter((r) => r.label.source === 'lookalike:history:prior-customer'))}`,
  )
  const live = rows.filter((r) => r.label.source?.startsWith('live:'))
  lines.push(
    `the person's own life during waves (codes asked for, colleague thread): ${marks(live)}`,
  )
  const classOf = (r: ScoredRow) => r.label.source!.split(':')[2]!
  const looks = rows.filter((r) => whereOf(r) !== null && whereOf(r) !== 'history')
  const classes = [...new Set(looks.map(classOf))].sort()
  for (const where of ['quiet', 'wave-known', 'wave-new']) {
    const cells = classes.map((c) => {
      const group = looks.filter((r) => whereOf(r) === where && classOf(r) === c)
      return `${c} ${group.filter((r) => r.verdict === 'relay').length}/${group.filter((r) => r.verdict === 'suspect').length}/${group.length}`
    })
    lines.push(`look-alikes ${where} by class (relay/suspect/total): ${cells.join('; ')}`)
  }
  return lines
}

const LISTED = [
  ...PRODUCTS,
  ...FAMILIES.map((family) => ({ family, product: 'in-house', texts: {} })),
]

export function twentyFourthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(LISTED, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
