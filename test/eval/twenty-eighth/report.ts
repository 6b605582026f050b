// The twenty-eighth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source and per family x source;
// the look-alikes per placement (called relay, suspect, important pinned) and per class; and the
// acknowledgements the person caused, apart, since they share the wave mail's everyday words.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { PRODUCTS } from './products/index.ts'
import { FAMILIES } from './products/types.ts'

export const TWENTY_EIGHTH_HEADER =
  'twenty-eighth evaluation (twenty-eighth held-out set: acknowledgements the person caused, regional and formal/informal wordings, Outlook-shaped rows, payload-only subjects, bills and statements inside waves)'

const SOURCES = ['product', 'handwritten', 'composed'] as const
const WHERE = ['quiet', 'wave-known', 'wave-new', 'history'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

export function sourceLines(rows: readonly ScoredRow[]): string[] {
  const cell = (keep: (r: ScoredRow) => boolean) =>
    SOURCES.map(
      (s) => `${s} ${share(recall(rows, (r) => keep(r) && r.label.source === `wording:${s}`))}`,
    )
  const lines = [`wave recall by wording source: ${cell(() => true).join('; ')}`]
  for (const family of FAMILIES)
    lines.push(
      `wave recall ${family} by source: ${cell((r) => r.label.family === family).join('; ')}`,
    )
  return lines
}

const whereOf = (row: ScoredRow): string | null => {
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
  const classOf = (r: ScoredRow) => (whereOf(r) ? r.label.source!.split(':')[2]! : '')
  const classes = [...new Set(rows.map(classOf).filter(Boolean))].sort()
  const cells = classes.map((c) => {
    const group = rows.filter((r) => classOf(r) === c)
    const relay = group.filter((r) => r.verdict === 'relay').length
    const flagged = group.filter((r) => r.verdict !== 'clean').length
    return `${c} relay ${relay}, flagged ${flagged} of ${group.length}`
  })
  lines.push(`look-alikes by class: ${cells.join('; ')}`)
  const acks = rows.filter((r) => classOf(r) === 'own-ack')
  for (const where of ['quiet', 'wave-new']) {
    const group = acks.filter((r) => whereOf(r) === where)
    lines.push(
      `acknowledgements the person caused (${where}): called relay ${share(ratio(group.filter((r) => r.verdict === 'relay').length, group.length))}  target 0`,
    )
  }
  return lines
}

export function twentyEighthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...sourceLines(rows),
    ...lookalikeLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
