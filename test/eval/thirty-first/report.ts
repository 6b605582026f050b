// The thirty-first set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product (the eight products and the in-house
// wordings, verify-to-submit apart), per wording source and per family x source; the look-alikes
// per placement (called relay, suspect, important pinned) and flagged per class; codes the person
// asked for inside waves, from services known and new to the inbox.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { FAMILIES, PRODUCTS } from './products.ts'
import { IN_HOUSE } from './wording/index.ts'

export const THIRTY_FIRST_HEADER =
  'thirty-first evaluation (thirty-first held-out set: 2026 verify-to-submit waves, webmail rows, everyday platform mail inside and outside waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cells = (keep: (r: ScoredRow) => boolean) =>
    SOURCES.map(
      (s) => `${s} ${share(recall(rows, (r) => keep(r) && r.label.source === `wording:${s}`))}`,
    ).join('; ')
  const lines = [`wave recall by wording source: ${cells(() => true)}`]
  for (const family of FAMILIES)
    lines.push(`wave recall ${family} by source: ${cells((r) => r.label.family === family)}`)
  const inHouse = [IN_HOUSE.check, IN_HOUSE.other].map(
    (p) => `${p} ${share(recall(rows, (r) => r.label.product === p))}`,
  )
  lines.push(`wave recall in-house wordings: ${inHouse.join('; ')}`)
  return lines
}

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
  const classOf = (r: ScoredRow) => (whereOf(r) ? (r.label.source!.split(':')[2] ?? '') : '')
  const classes = [...new Set(rows.map(classOf).filter(Boolean))].sort()
  const flagged = classes.map((c) => {
    const group = rows.filter((r) => classOf(r) === c && whereOf(r) !== 'history')
    const relay = group.filter((r) => r.verdict === 'relay').length
    return `${c} ${group.filter((r) => r.verdict !== 'clean').length}/${group.length} (relay ${relay})`
  })
  lines.push(`look-alikes flagged (suspect or relay) by class: ${flagged.join('; ')}`)
  const platform = rows.filter((r) => r.id.includes('-plat-') && whereOf(r) !== 'history')
  lines.push(
    `everyday platform mail: called relay ${share(ratio(platform.filter((r) => r.verdict === 'relay').length, platform.length))}  target 0; flagged ${platform.filter((r) => r.verdict !== 'clean').length}`,
  )
  for (const where of ['wave-known', 'wave-new']) {
    const codes = rows.filter((r) => r.label.source === `lookalike:${where}:codes`)
    lines.push(
      `codes the person asked for inside waves (${where}): called relay ${codes.filter((r) => r.verdict === 'relay').length} of ${codes.length}  target 0`,
    )
  }
  const prior = rows.filter((r) => r.label.source === 'lookalike:history:prior-customer')
  lines.push(
    `earlier mail of abused companies (prior customer): called relay ${prior.filter((r) => r.verdict === 'relay').length} of ${prior.length}  target 0`,
  )
  return lines
}

export function thirtyFirstBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
