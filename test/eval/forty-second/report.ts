// The forty-second set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): small attacks per size and payload, attacks cut into pieces, full
// waves per kind, product, wording source and shape; each large own burst kind (mails and
// bursts called relay, suspect, clean; per size), ordinary own bursts apart; important mail
// pinned inside waves and inside small attacks; look-alikes per placement, class and language.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES, WAVE_KINDS } from '../types.ts'
import { PRODUCTS } from './products.ts'
import {
  BURST_KINDS,
  LOOK_CLASSES,
  PAYLOAD_KINDS,
  PLACEMENTS,
  SHAPES,
  SMALL_SIZES,
  type FortySecondLabel,
} from './types.ts'

export const FORTY_SECOND_HEADER =
  'forty-second evaluation (forty-second held-out set: where the sizes overlap – small attacks and large bursts the person caused)'

type Row = ScoredRow & { label: FortySecondLabel }
const rowsOf = (rows: readonly ScoredRow[]) => rows as readonly Row[]

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

/** Attacks with at least one mail called relay, among the attacks the filter keeps. */
function attacksDetected(rows: readonly Row[], keep: (r: Row) => boolean): Ratio {
  const attacks = new Map<string, boolean>()
  for (const r of rows) {
    if (r.label.label !== 'wave' || !keep(r)) continue
    const id = r.label.waveId ?? ''
    attacks.set(id, (attacks.get(id) ?? false) || r.verdict === 'relay')
  }
  return ratio([...attacks.values()].filter(Boolean).length, attacks.size)
}

function attackLine(name: string, rows: readonly Row[], keep: (r: Row) => boolean): string {
  const mails = recall(rows, (r) => keep(r as Row))
  return `${name}: mails ${share(mails)}; attacks with a relay mail ${share(attacksDetected(rows, keep))}`
}

export function smallLines(scored: readonly ScoredRow[]): string[] {
  const rows = rowsOf(scored)
  const small = (r: Row) => r.label.attack === 'small'
  const lines = [attackLine('small attacks, all', rows, small)]
  for (const size of SMALL_SIZES) {
    const sized = (r: Row) => small(r) && r.label.smallSize === size
    lines.push(
      attackLine(
        `small attacks of ${size}, with payload`,
        rows,
        (r) => sized(r) && r.label.payload !== 'none',
      ),
    )
    lines.push(
      attackLine(
        `small attacks of ${size}, no payload`,
        rows,
        (r) => sized(r) && r.label.payload === 'none',
      ),
    )
  }
  for (const kind of PAYLOAD_KINDS)
    lines.push(
      attackLine(
        `small attacks, payload ${kind}`,
        rows,
        (r) => small(r) && r.label.payload?.startsWith(`${kind}/`) === true,
      ),
    )
  for (const why of ['probe', 'tool'] as const)
    lines.push(
      attackLine(
        `small attacks, no payload (${why})`,
        rows,
        (r) => small(r) && r.label.smallKind === why,
      ),
    )
  const pieces = (r: Row) => r.label.attack === 'pieces'
  lines.push(attackLine('attacks cut into pieces', rows, pieces))
  lines.push(
    attackLine(
      'attacks cut into pieces, with payload',
      rows,
      (r) => pieces(r) && r.label.payload !== 'none',
    ),
  )
  lines.push(
    attackLine(
      'attacks cut into pieces, no payload',
      rows,
      (r) => pieces(r) && r.label.payload === 'none',
    ),
  )
  return lines
}

export function waveLines(scored: readonly ScoredRow[]): string[] {
  const rows = rowsOf(scored)
  const full = (r: ScoredRow) => (r as Row).label.attack === 'wave'
  const cells = <T extends string>(list: readonly T[], f: (r: Row, v: T) => boolean) =>
    list.map((v) => `${v} ${share(recall(rows, (r) => full(r) && f(r as Row, v)))}`).join('; ')
  return [
    `full waves recall: ${share(recall(rows, full))}`,
    `full waves recall by kind: ${cells(WAVE_KINDS, (r, k) => r.kind === k)}`,
    `full waves recall by shape: ${cells(SHAPES, (r, s) => r.label.shape === s)}`,
    `wave recall by wording source (all attacks): ${cells(['product', 'handwritten', 'composed'], (r, s) => r.label.source === `wording:${s}`)}`,
    ...productRecallLinesOf(PRODUCTS, scored),
  ]
}

function verdictCounts(rows: readonly Row[]): string {
  const n = (v: string) => rows.filter((r) => r.verdict === v).length
  return `relay ${n('relay')}, suspect ${n('suspect')}, clean ${n('clean')} of ${rows.length}`
}

/** Per burst: the worst verdict any of its mails got. */
function burstCounts(rows: readonly Row[]): string {
  const worst = new Map<string, number>()
  const rank = { clean: 0, suspect: 1, relay: 2 } as const
  for (const r of rows) {
    const id = r.label.burstId ?? ''
    worst.set(id, Math.max(worst.get(id) ?? 0, rank[r.verdict]))
  }
  const n = (k: number) => [...worst.values()].filter((v) => v === k).length
  return `bursts with a relay mail ${n(2)}, worst suspect ${n(1)}, all clean ${n(0)} of ${worst.size}`
}

export function ownLines(scored: readonly ScoredRow[]): string[] {
  const own = rowsOf(scored).filter((r) => r.label.label === 'own' && r.label.burstKind)
  const lines: string[] = []
  for (const kind of [...BURST_KINDS, 'ordinary'] as const) {
    const group = own.filter((r) => r.label.burstKind === kind)
    lines.push(
      `own burst ${kind}: mails ${verdictCounts(group)}; ${burstCounts(group)}  target relay 0`,
    )
  }
  const large = own.filter((r) => r.label.burstKind !== 'ordinary')
  const sizes = [...new Set(large.map((r) => r.label.burstSize ?? 0))].sort((a, b) => a - b)
  const bySize = sizes.map((s) => {
    const group = large.filter((r) => r.label.burstSize === s)
    return `${s}: relay ${group.filter((r) => r.verdict === 'relay').length}/${group.length}`
  })
  lines.push(`large own bursts by accounts opened (mails called relay): ${bySize.join('; ')}`)
  return lines
}

export function importantLines(scored: readonly ScoredRow[]): string[] {
  const rows = rowsOf(scored).filter((r) => r.label.label === 'important' && r.label.waveId)
  const pinned = (group: readonly Row[]) =>
    share(ratio(group.filter((r) => r.verdict !== 'relay' && r.important).length, group.length))
  return [
    `important pinned inside full waves: ${pinned(rows.filter((r) => !r.label.insideSmall))}  target >= 0.95`,
    `important pinned inside small and cut attacks: ${pinned(rows.filter((r) => r.label.insideSmall))}  target >= 0.95`,
  ]
}

function lookCell(group: readonly Row[]): string {
  const relay = group.filter((r) => r.verdict === 'relay').length
  const suspect = group.filter((r) => r.verdict === 'suspect').length
  return `relay ${relay}, suspect ${suspect} of ${group.length}`
}

export function lookLines(scored: readonly ScoredRow[]): string[] {
  const look = rowsOf(scored).filter((r) => r.label.placement !== undefined)
  const placed = PLACEMENTS.map(
    (p) => `${p} ${lookCell(look.filter((r) => r.label.placement === p))}`,
  )
  const current = look.filter((r) => r.label.placement !== 'history')
  const classes = LOOK_CLASSES.map(
    (c) => `${c} ${lookCell(current.filter((r) => r.label.lookClass === c))}`,
  )
  const inside = current.filter((r) => r.label.placement !== 'quiet')
  const insideClasses = LOOK_CLASSES.map(
    (c) => `${c} ${lookCell(inside.filter((r) => r.label.lookClass === c))}`,
  )
  const langs = LANGUAGES.map((l) => `${l} ${lookCell(current.filter((r) => r.label.lang === l))}`)
  return [
    `look-alikes by placement: ${placed.join('; ')}  target relay 0`,
    `look-alikes by class: ${classes.join('; ')}`,
    `look-alikes inside waves by class: ${insideClasses.join('; ')}`,
    `look-alikes by language: ${langs.join('; ')}`,
  ]
}

export function fortySecondBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...smallLines(rows),
    ...waveLines(rows),
    ...ownLines(rows),
    ...importantLines(rows),
    ...lookLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
