// The thirty-sixth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, wording source, wave shape and payload kind
// (the season's lures apart); look-alikes per placement, class and language (the household's
// five extra languages apart); and the season bursts the person caused, per kind and placement
// (inside a wave's span apart): called relay, suspect, important pinned.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { BURST_KINDS } from './bursts/types.ts'
import { EXTRA_LANGS } from './look/extra.ts'
import { PRODUCTS } from './products.ts'
import { SHAPES } from './waves.ts'

export const THIRTY_SIXTH_HEADER =
  'thirty-sixth evaluation (thirty-sixth held-out set: the shopping and events season, bursts the person caused inside and outside waves, season lures, everyday look-alikes)'

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

function recallLine(
  title: string,
  rows: readonly ScoredRow[],
  keys: readonly string[],
  key: (r: ScoredRow) => string | undefined,
): string {
  const cells = keys.map((k) => `${k} ${share(recall(rows, (r) => key(r) === k))}`)
  return `${title}: ${cells.join('; ')}`
}

const payloadKind = (r: ScoredRow) => r.label.payload?.split('/')[0]

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const kinds = [...new Set(rows.map(payloadKind).filter((k): k is string => !!k))].sort()
  const season = kinds.filter((k) => k.startsWith('season-'))
  const other = kinds.filter((k) => !k.startsWith('season-') && k !== 'none')
  const group = (r: ScoredRow) => {
    const k = payloadKind(r)
    return k === undefined
      ? undefined
      : k === 'none'
        ? 'none'
        : k.startsWith('season-')
          ? 'season'
          : 'other'
  }
  return [
    recallLine(
      'wave recall by wording source',
      rows,
      ['wording:product', 'wording:handwritten', 'wording:composed'],
      (r) => r.label.source,
    ),
    recallLine('wave recall by shape', rows, SHAPES, (r) =>
      r.label.label === 'wave' ? r.label.waveId?.split('-').at(-1) : undefined,
    ),
    recallLine('wave recall by payload group', rows, ['season', 'other', 'none'], group),
    recallLine('wave recall season payloads', rows, season, payloadKind),
    recallLine('wave recall other payloads', rows, other, payloadKind),
  ]
}

interface Marks {
  relay: Ratio
  suspect: Ratio
  pinned: Ratio
}

function marks(group: readonly ScoredRow[]): Marks {
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

function marksLine(title: string, group: readonly ScoredRow[]): string {
  const m = marks(group)
  return `${title}: called relay ${share(m.relay)}  target 0; suspect ${share(m.suspect)}; important pinned ${share(m.pinned)}`
}

function flagged(group: readonly ScoredRow[]): string {
  return `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
}

const lookParts = (r: ScoredRow) => {
  const source = r.label.source ?? ''
  return source.startsWith('lookalike:') ? source.split(':') : null
}

const PLACEMENTS = ['quiet', 'wave-known', 'wave-new', 'history', 'sent'] as const

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => lookParts(r) !== null)
  const where = (r: ScoredRow) => lookParts(r)![1]!
  const lines = PLACEMENTS.map((p) =>
    marksLine(
      `look-alikes ${p}`,
      look.filter((r) => where(r) === p),
    ),
  )
  const placed = look.filter((r) => (PLACEMENTS as readonly string[]).includes(where(r)))
  const classes = [...new Set(placed.map((r) => lookParts(r)![2]!))].sort()
  const byClass = classes.map(
    (c) => `${c} ${flagged(placed.filter((r) => lookParts(r)![2] === c))}`,
  )
  lines.push(`look-alikes flagged (suspect or relay) by class: ${byClass.join('; ')}`)
  const byLang = LANGUAGES.map((l) => `${l} ${flagged(placed.filter((r) => r.label.lang === l))}`)
  lines.push(`look-alikes flagged by language: ${byLang.join('; ')}`)
  const extra = EXTRA_LANGS.map((l) => {
    const group = look.filter((r) => where(r) === l)
    return `${l} ${flagged(group)} (relay ${group.filter((r) => r.verdict === 'relay').length})`
  })
  lines.push(`household languages flagged (quiet inbox, outside the seven): ${extra.join('; ')}`)
  return lines
}

const BURST_WHERE = ['own-day', 'quiet', 'around', 'inside'] as const

export function burstLines(rows: readonly ScoredRow[]): string[] {
  const burst = rows.filter((r) => r.label.source?.startsWith('burst:'))
  const lines: string[] = []
  for (const kind of BURST_KINDS)
    for (const where of BURST_WHERE) {
      const group = burst.filter((r) => r.label.source === `burst:${kind}:${where}`)
      if (group.length > 0) lines.push(marksLine(`season burst ${kind} ${where}`, group))
    }
  lines.push(
    marksLine(
      'season bursts inside waves (all kinds)',
      burst.filter((r) => r.label.source!.endsWith(':inside')),
    ),
  )
  return lines
}

export function thirtySixthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookalikeLines(rows),
    ...burstLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
