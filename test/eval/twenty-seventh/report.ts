// The twenty-seventh set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source and per family x source;
// the look-alikes per placement (called relay, suspect, important pinned) and per class; and the
// person's own access mail during waves by kind.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LOOK_CLASS_NAMES } from './look/index.ts'
import { PRODUCTS } from './products/index.ts'
import { FAMILIES } from './products/types.ts'

export const TWENTY_SEVENTH_HEADER =
  'twenty-seventh evaluation (twenty-seventh held-out set: mail as webmail shows it, own access mail during waves, subscription bombing in each list’s voice, short wordings)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

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

function lookParts(row: ScoredRow): [string, string] | null {
  const parts = (row.label.source ?? '').split(':')
  return parts[0] === 'lookalike' && parts.length === 3 ? [parts[1]!, parts[2]!] : null
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const where of WHERE) {
    const group = rows.filter((r) => lookParts(r)?.[0] === where)
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
  const classes = [...LOOK_CLASS_NAMES, 'prior-customer']
  const flagged = classes.map((c) => {
    const group = rows.filter((r) => lookParts(r)?.[1] === c)
    const relay = group.filter((r) => r.verdict === 'relay').length
    return `${c} ${group.filter((r) => r.verdict !== 'clean').length}/${group.length} (relay ${relay})`
  })
  lines.push(`look-alikes flagged (suspect or relay) by class: ${flagged.join('; ')}`)
  return lines
}

export function accessLines(rows: readonly ScoredRow[]): string[] {
  const cells = ['prior-mail', 'prior-code', 'new'].map((kind) => {
    const group = rows.filter((r) => r.label.source === `own-access:${kind}`)
    return `${kind} relay ${group.filter((r) => r.verdict === 'relay').length}/${group.length}, suspect ${group.filter((r) => r.verdict === 'suspect').length}`
  })
  return [`own access mail during waves (target relay 0): ${cells.join('; ')}`]
}

export function twentySeventhBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...accessLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
