// The thirty-seventh set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, wording source, shape (slow drips apart),
// time of day, payload kind and variant (web-form copies, forum sign-ups and B2B acknowledgements
// apart); the look-alikes per placement, class and language; and each persona's work mail and
// own bursts by where they sit (their own day, the quiet inbox, inside a wave's span, around it).
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { SHAPES } from './arrival.ts'
import { LOOK_CLASSES, PLACEMENTS } from './look/types.ts'
import { PAYLOAD_KINDS } from './payload-texts.ts'
import { PERSONAS } from './people.ts'
import { WORK_PLACES } from './place.ts'
import { PRODUCTS, variantOfProduct } from './products.ts'
import { VARIANTS } from './wording.ts'

export const THIRTY_SEVENTH_HEADER =
  'thirty-seventh evaluation (thirty-seventh held-out set: work inboxes - support agent, shop owner, developer - with waves against their work address)'

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

const part = (row: ScoredRow, i: number) => (row.label.waveId ?? '').split('-')[i] ?? ''

export function variantOf(row: ScoredRow): string {
  const product = row.label.product ?? ''
  return product.startsWith('house/') ? product.slice(6) : (variantOfProduct(product) ?? '')
}

function recallLine(title: string, keys: readonly string[], key: (r: ScoredRow) => string) {
  return (rows: readonly ScoredRow[]) =>
    `${title}: ${keys.map((k) => `${k} ${share(recall(rows, (r) => key(r) === k))}`).join('; ')}`
}

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const source = (r: ScoredRow) => (r.label.source ?? '').replace('wording:', '')
  const payload = (r: ScoredRow) => (r.label.payload ?? '').split('/')[0]!
  return [
    recallLine('wave recall by wording source', ['product', 'handwritten', 'composed'], source),
    recallLine('wave recall by shape', SHAPES, (r) => part(r, 3)),
    recallLine('wave recall slow drips apart', ['drip'], (r) => part(r, 3)),
    recallLine('wave recall by time of day', ['day', 'night'], (r) => part(r, 4)),
    recallLine('wave recall by payload kind', [...PAYLOAD_KINDS, 'none'], payload),
    recallLine('wave recall by variant', VARIANTS, variantOf),
    recallLine(
      'wave recall web-form copies, forum sign-ups, B2B apart',
      ['webcopy', 'forum', 'b2b'],
      variantOf,
    ),
  ].map((line) => line(rows))
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

const field = (row: ScoredRow, prefix: string, i: number) => {
  const source = row.label.source ?? ''
  return source.startsWith(`${prefix}:`) ? (source.split(':')[i] ?? '') : null
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => field(r, 'lookalike', 1) !== null)
  const flagged = (group: readonly ScoredRow[]) =>
    `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  const lines = PLACEMENTS.map(
    (p) => `look-alikes ${p}: ${marks(look.filter((r) => field(r, 'lookalike', 1) === p))}`,
  )
  const byClass = LOOK_CLASSES.map(
    (c) => `${c} ${flagged(look.filter((r) => field(r, 'lookalike', 2) === c))}`,
  )
  const byLang = LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`)
  lines.push(`look-alikes flagged (suspect or relay) by class: ${byClass.join('; ')}`)
  lines.push(`look-alikes flagged (suspect or relay) by language: ${byLang.join('; ')}`)
  return lines
}

/** Each persona's work mail and own bursts, by where they sit. */
export function personaLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const kind of ['work', 'burst'] as const)
    for (const persona of PERSONAS)
      for (const place of WORK_PLACES) {
        const group = rows.filter(
          (r) => field(r, kind, 1) === persona && field(r, kind, 2) === place,
        )
        if (group.length === 0) continue
        const what = kind === 'work' ? 'work mail' : 'own bursts'
        lines.push(`${persona} ${what} ${place} (${group.length}): ${marks(group)}`)
      }
  return lines
}

export function thirtySeventhBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookalikeLines(rows),
    ...personaLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
