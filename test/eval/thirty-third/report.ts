// The thirty-third set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source, per wave shape and for
// companies writing in the households' other languages; look-alike false marks per placement,
// class and language; and the shop owner's notifications.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { OTHER_LANGS } from './langs.ts'
import { LOOK_CLASSES } from './look/types.ts'
import { isForeignWave, SHAPES } from './plans.ts'
import { PRODUCTS } from './products/index.ts'

export const THIRTY_THIRD_HEADER =
  'thirty-third evaluation (thirty-third held-out set: bilingual households, a one-person shop, verify-to-submit forms, foreign companies in waves)'

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

const waveIndex = (r: ScoredRow) => Number(/^n33-w(\d+)$/u.exec(r.label.waveId ?? '')?.[1] ?? -1)

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const sources = ['product', 'handwritten', 'composed'].map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const shapes = [...SHAPES, 'largest'].map(
    (s) => `${s} ${share(recall(rows, (r) => shapeOf(r) === s))}`,
  )
  return [
    `wave recall by wording source: ${sources.join('; ')}`,
    `wave recall by shape: ${shapes.join('; ')}`,
    `wave recall verify-to-submit forms: ${share(recall(rows, (r) => (r.label.product ?? '').startsWith('verify-to-submit')))}`,
    `wave recall, companies writing in another language: ${share(recall(rows, (r) => (r.label.product ?? '').includes('/')))}; waves with such companies: ${share(recall(rows, (r) => isForeignWave(waveIndex(r))))}`,
  ]
}

function shapeOf(r: ScoredRow): string {
  const i = waveIndex(r)
  return i === 39 ? 'largest' : i < 0 ? '' : SHAPES[i % SHAPES.length]!
}

const parts = (r: ScoredRow) => (r.label.source ?? '').split(':')
const isLook = (r: ScoredRow) => parts(r)[0] === 'lookalike'

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
  const look = rows.filter(isLook)
  const lines = ['quiet', 'wave-known', 'wave-new', 'history'].map(
    (where) => `look-alikes ${where}: ${marks(look.filter((r) => parts(r)[1] === where))}`,
  )
  const flagged = (group: readonly ScoredRow[]) =>
    `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  lines.push(
    `look-alikes flagged by class: ${LOOK_CLASSES.map((c) => `${c} ${flagged(look.filter((r) => parts(r)[2] === c))}`).join('; ')}`,
  )
  const langs = [
    ...LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`),
    ...OTHER_LANGS.map((l) => `${l} ${flagged(look.filter((r) => parts(r)[3] === l))}`),
  ]
  lines.push(`look-alikes flagged by language: ${langs.join('; ')}`)
  lines.push(
    `prior-customer mail of abused companies: ${marks(look.filter((r) => parts(r)[2] === 'prior-customer'))}`,
  )
  return lines
}

export function shopLines(rows: readonly ScoredRow[]): string[] {
  const shop = rows.filter((r) => parts(r)[0] === 'shop')
  const inWaves = shop.filter((r) => r.kind !== 'h-quiet')
  return [
    `shop owner's notifications, quiet inbox: ${marks(shop.filter((r) => r.kind === 'h-quiet'))}`,
    `shop owner's notifications, inside waves: ${marks(inWaves)}`,
  ]
}

export function thirtyThirdBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookalikeLines(rows),
    ...shopLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
