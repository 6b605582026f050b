// The twenty-first set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source and per family x source;
// false marks on the look-alikes by placement (quiet inbox, inside waves from known senders,
// inside waves from new senders, the known senders' earlier mail, earlier mail of abused
// companies) with the important ones pinned; and the look-alikes flagged per class.
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES, PRODUCTS } from './products.ts'

export const TWENTY_FIRST_HEADER =
  'twenty-first evaluation (twenty-first held-out set: new products, in-house wordings, look-alikes in fourteen classes, prior customers and a person living through waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function productLines(rows: readonly ScoredRow[]): string[] {
  const names = [...PRODUCTS.map((p) => p.product), 'in-house']
  return names.map(
    (p) => `wave recall product ${p}: ${share(recall(rows, (r) => r.label.product === p))}`,
  )
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cell = (family: string | null, s: string) =>
    `${s} ${share(recall(rows, (r) => (family === null || r.label.family === family) && r.label.source === `wording:${s}`))}`
  const lines = [`wave recall by wording source: ${SOURCES.map((s) => cell(null, s)).join('; ')}`]
  for (const family of FAMILIES)
    lines.push(`wave recall ${family} by source: ${SOURCES.map((s) => cell(family, s)).join('; ')}`)
  return lines
}

function parts(row: ScoredRow): [string, string] | null {
  const source = row.label.source ?? ''
  if (!source.startsWith('lookalike:')) return null
  const [, where, cls] = source.split(':')
  return [where ?? '', cls ?? '']
}

function groupLine(name: string, group: readonly ScoredRow[]): string {
  const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
  const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
  const important = group.filter((r) => r.label.label === 'important')
  const pinned = ratio(
    important.filter((r) => r.verdict !== 'relay' && r.important).length,
    important.length,
  )
  return `look-alikes ${name}: called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines = WHERE.map((where) =>
    groupLine(
      where,
      rows.filter((r) => parts(r)?.[0] === where && parts(r)?.[1] !== 'prior-customer'),
    ),
  )
  lines.push(
    groupLine(
      'prior-customer',
      rows.filter((r) => parts(r)?.[1] === 'prior-customer'),
    ),
  )
  const classes = [
    ...new Set(rows.map((r) => parts(r)?.[1]).filter((c): c is string => !!c)),
  ].sort()
  const flagged = classes.map((c) => {
    const group = rows.filter((r) => parts(r)?.[1] === c)
    return `${c} ${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  })
  lines.push(`look-alikes flagged (suspect or relay) by class: ${flagged.join('; ')}`)
  const living = rows.filter((r) => r.label.source?.startsWith('during-wave:'))
  lines.push(
    `the person's own mail during waves flagged: ${living.filter((r) => r.verdict !== 'clean').length} of ${living.length}, called relay ${living.filter((r) => r.verdict === 'relay').length}  target 0`,
  )
  return lines
}

export function twentyFirstBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [...productLines(rows), ...sourceLines(rows), ...lookalikeLines(rows)]
}
