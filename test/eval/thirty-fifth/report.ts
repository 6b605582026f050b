// The thirty-fifth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source, per wave shape, per
// returning day and for personalised payloads; the look-alikes per placement, class and language;
// and the three kinds of account bursts the person caused (called relay, suspect, important pinned).
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { LOOK_CLASSES } from './look/types.ts'
import { PRODUCTS } from './products.ts'
import { VERIFY_SUBMIT } from './wordings.ts'
import { SHAPES } from './waves.ts'

export const THIRTY_FIFTH_HEADER =
  'thirty-fifth evaluation (thirty-fifth held-out set: account bursts the person caused, returning waves, personalised payloads, and everyday look-alikes inside and outside waves)'

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

/** Called relay, marked suspect, and important ones pinned, for a group of non-wave mail. */
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

const part = (row: ScoredRow, i: number): string => (row.label.source ?? '').split(':')[i] ?? ''

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const source = ['product', 'handwritten', 'composed'].map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const shape = SHAPES.map(
    (s) => `${s} ${share(recall(rows, (r) => (r.label.waveId ?? '').split('-')[3] === s))}`,
  )
  const days = [1, 2, 3].map(
    (d) => `day ${d} ${share(recall(rows, (r) => (r.label.waveId ?? '').endsWith(`-r${d}`)))}`,
  )
  return [
    `wave recall by wording source: ${source.join('; ')}`,
    `wave recall ${VERIFY_SUBMIT}: ${share(recall(rows, (r) => r.label.product === VERIFY_SUBMIT))}`,
    `wave recall by shape: ${shape.join('; ')}`,
    `wave recall returning waves by day: ${days.join('; ')}`,
    `wave recall personalised payloads: ${share(recall(rows, (r) => (r.label.payload ?? '').startsWith('personal-')))}; other payloads ${share(recall(rows, (r) => !(r.label.payload ?? '').startsWith('personal-') && r.label.payload !== 'none'))}; no payload ${share(recall(rows, (r) => r.label.payload === 'none'))}`,
  ]
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => part(r, 0) === 'lookalike')
  const lines = ['quiet', 'wave-known', 'wave-new', 'history', 'sent'].map(
    (where) => `look-alikes ${where}: ${marks(look.filter((r) => part(r, 1) === where))}`,
  )
  const placed = look.filter((r) => ['quiet', 'wave-known', 'wave-new'].includes(part(r, 1)))
  const flagged = (group: readonly ScoredRow[]) =>
    `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  lines.push(
    `look-alikes flagged (suspect or relay) by class: ${LOOK_CLASSES.map((c) => `${c} ${flagged(placed.filter((r) => part(r, 2) === c))}`).join('; ')}`,
    `look-alikes flagged (suspect or relay) by language: ${LANGUAGES.map((l) => `${l} ${flagged(placed.filter((r) => r.label.lang === l))}`).join('; ')}`,
    `look-alikes called relay by language: ${LANGUAGES.map((l) => `${l} ${placed.filter((r) => r.label.lang === l && r.verdict === 'relay').length}`).join('; ')}`,
  )
  return lines
}

const BURSTS = [
  ['hygiene', 'account-hygiene evening'],
  ['phone', 'new phone'],
  ['stuffing', 'credential stuffing'],
] as const

export function burstLines(rows: readonly ScoredRow[]): string[] {
  const lines = BURSTS.map(
    ([key, name]) =>
      `own bursts, ${name}: ${marks(rows.filter((r) => part(r, 0) === 'burst' && part(r, 1) === key))}`,
  )
  const inside = rows.filter((r) => part(r, 0) === 'burst' && r.label.waveId !== undefined)
  lines.push(`credential-stuffing alerts inside waves: ${marks(inside)}`)
  return lines
}

export function thirtyFifthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookalikeLines(rows),
    ...burstLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
