// The forty-first set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): the cover story's alerts (pinned, called relay) per position, alert
// kind, provider history, sender row and language; wave recall per product, wording source,
// shape, payload and for companies in the person's providers' sectors; the look-alikes per
// placement, class and language; and each persona's own mail, its own security mail apart.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { PRODUCTS } from './products.ts'
import {
  ALERT_KINDS,
  LOOK_CLASSES,
  PAYLOAD_KINDS,
  PERSONA_KINDS,
  PLACEMENTS,
  POSITIONS,
  SHAPES,
  type FortyFirstLabel,
} from './types.ts'

export const FORTY_FIRST_HEADER =
  'forty-first evaluation (forty-first held-out set: the mail a wave is meant to bury: fraud alerts hidden in waves, personas, look-alikes)'

const lab = (r: ScoredRow) => r.label as FortyFirstLabel
const pinnedOf = (r: ScoredRow) => r.verdict !== 'relay' && r.important

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

/** Pinned (not relay and important) and called relay, for one group of important mail. */
function guarded(rows: readonly ScoredRow[]): string {
  const pinned = ratio(rows.filter(pinnedOf).length, rows.length)
  const relay = ratio(rows.filter((r) => r.verdict === 'relay').length, rows.length)
  return `pinned ${share(pinned)}, called relay ${share(relay)}`
}

function cells<T extends string>(
  keys: readonly T[],
  rows: readonly ScoredRow[],
  key: (r: ScoredRow) => T | undefined,
): string {
  return keys.map((k) => `${k} ${guarded(rows.filter((r) => key(r) === k))}`).join('; ')
}

export function coverLines(rows: readonly ScoredRow[]): string[] {
  const cover = rows.filter((r) => lab(r).position !== undefined)
  return [
    `cover story alerts: ${guarded(cover)}  target pinned >= 0.95, relay 0`,
    `cover story by position: ${cells(POSITIONS, cover, (r) => lab(r).position)}`,
    `cover story by alert kind: ${cells(ALERT_KINDS, cover, (r) => lab(r).alert)}`,
    `cover story by provider history: ${cells(['with', 'without'] as const, cover, (r) => lab(r).history)}`,
    `cover story by sender row: ${cells(['domain', 'subdomain', 'display'] as const, cover, (r) => lab(r).senderRow)}`,
    `cover story by language: ${cells(LANGUAGES, cover, (r) => lab(r).lang)}`,
  ]
}

function recallCells(
  keys: readonly string[],
  rows: readonly ScoredRow[],
  key: (r: ScoredRow) => string | undefined,
): string {
  return keys.map((k) => `${k} ${share(recall(rows, (r) => key(r) === k))}`).join('; ')
}

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const payloadKind = (r: ScoredRow) => r.label.payload?.split('/')[0]
  return [
    `wave recall by wording source: ${recallCells(['product', 'handwritten', 'composed'], rows, (r) => r.label.source?.replace('wording:', ''))}`,
    `wave recall by shape: ${recallCells(SHAPES, rows, (r) => lab(r).shape)}`,
    `wave recall slow drips apart: ${share(recall(rows, (r) => lab(r).shape === 'drip'))}; all other shapes ${share(recall(rows, (r) => lab(r).shape !== 'drip'))}`,
    `wave recall by payload kind: ${recallCells([...PAYLOAD_KINDS, 'none'], rows, payloadKind)}`,
    `wave recall fake alerts apart (fake-access, fake-payment): ${share(recall(rows, (r) => payloadKind(r)?.startsWith('fake-') === true))}`,
    `wave recall companies in the person's providers' sectors: ${share(recall(rows, (r) => lab(r).sectorMatch === true))}; others ${share(recall(rows, (r) => lab(r).sectorMatch === false))}`,
  ]
}

function lookMarks(rows: readonly ScoredRow[]): string {
  const relay = ratio(rows.filter((r) => r.verdict === 'relay').length, rows.length)
  const suspect = ratio(rows.filter((r) => r.verdict === 'suspect').length, rows.length)
  const important = rows.filter((r) => r.label.label === 'important')
  return `called relay ${share(relay)}, suspect ${share(suspect)}, important pinned ${share(ratio(important.filter(pinnedOf).length, important.length))}`
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => lab(r).lookClass !== undefined)
  const inWaves = look.filter((r) => r.label.waveId !== undefined)
  const flagged = (list: readonly ScoredRow[]) =>
    `${list.filter((r) => r.verdict !== 'clean').length}/${list.length}`
  return [
    ...PLACEMENTS.map(
      (p) =>
        `look-alikes ${p}: ${lookMarks(look.filter((r) => lab(r).placement === p))}  target relay 0`,
    ),
    `look-alikes flagged by class: ${LOOK_CLASSES.map((c) => `${c} ${flagged(look.filter((r) => lab(r).lookClass === c))}`).join('; ')}`,
    `look-alikes inside waves flagged by class: ${LOOK_CLASSES.map((c) => `${c} ${flagged(inWaves.filter((r) => lab(r).lookClass === c))}`).join('; ')}`,
    `look-alikes flagged by language: ${LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`).join('; ')}`,
  ]
}

export function personaLines(rows: readonly ScoredRow[]): string[] {
  return PERSONA_KINDS.map((p) => {
    const mine = rows.filter((r) => lab(r).persona === p && lab(r).position === undefined)
    const own = mine.filter((r) => r.label.label === 'own')
    const important = mine.filter((r) => r.label.label === 'important' && !lab(r).selfSecurity)
    const security = mine.filter((r) => lab(r).selfSecurity === true)
    const relay = ratio(own.filter((r) => r.verdict === 'relay').length, own.length)
    const suspect = ratio(own.filter((r) => r.verdict === 'suspect').length, own.length)
    return `persona ${p}: own mail called relay ${share(relay)} (target 0), suspect ${share(suspect)}; important ${guarded(important)}; own security mail ${guarded(security)}`
  })
}

export function fortyFirstBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...coverLines(rows),
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookalikeLines(rows),
    ...personaLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
