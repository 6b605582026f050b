// The thirty-eighth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, wording source, shape (slow drips apart),
// time of day, payload kind and variant (double opt-ins, in-house enquiry forms and quote
// requests apart); look-alikes per placement, class and language; each organisation's own mail
// and its own bursts by where they sit (inside a wave's span apart).
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { LOOK_CLASSES } from './look.ts'
import { ORG_KINDS } from './orgs.ts'
import { BURSTS } from './own.ts'
import { PAYLOAD_KINDS } from './payloads.ts'
import { PRODUCTS } from './products.ts'
import { SHAPES } from './waves.ts'
import { SOURCES, VARIANTS } from './wording-types.ts'

export const THIRTY_EIGHTH_HEADER =
  'thirty-eighth evaluation (thirty-eighth held-out set: shared public addresses of small organisations, their own bursty mail, and waves against them)'

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

const part = (row: ScoredRow, i: number) => (row.label.source ?? '').split(':')[i] ?? ''
/** waveId is n38-<kind>-<lang>-<shape>-<timing>; the kind itself holds one dash. */
const waveParts = (row: ScoredRow) => (row.label.waveId ?? '').split('-').slice(-2)

function recallLine(
  title: string,
  keys: readonly string[],
  f: (r: ScoredRow, k: string) => boolean,
) {
  return (rows: readonly ScoredRow[]) =>
    `${title}: ${keys.map((k) => `${k} ${share(recall(rows, (r) => f(r, k)))}`).join('; ')}`
}

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const wave = rows.filter((r) => r.label.label === 'wave')
  return [
    recallLine('wave recall by wording source', SOURCES, (r, k) => part(r, 1) === k)(wave),
    recallLine(
      'wave recall by shape (slow drips apart)',
      SHAPES,
      (r, k) => waveParts(r)[0] === k,
    )(wave),
    recallLine(
      'wave recall by time of day',
      ['business', 'night'],
      (r, k) => waveParts(r)[1] === k,
    )(wave),
    recallLine(
      'wave recall by payload kind',
      [...PAYLOAD_KINDS, 'none'],
      (r, k) => (r.label.payload ?? '').split('/')[0] === k,
    )(wave),
    recallLine('wave recall by variant', VARIANTS, (r, k) => part(r, 2) === k)(wave),
    `wave recall double opt-ins: ${share(recall(wave, (r) => part(r, 2) === 'optin'))}  target >= 0.98`,
    `wave recall in-house enquiry forms (estate agents, insurers, car dealers, schools, towns): ${share(recall(wave, (r) => part(r, 2) === 'enquiry'))}  target >= 0.98`,
    `wave recall quote / brochure / catalogue requests: ${share(recall(wave, (r) => part(r, 2) === 'quote'))}  target >= 0.98`,
  ]
}

/** Called relay (target 0), marked suspect, and the important ones pinned. */
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

const flagged = (group: readonly ScoredRow[]) =>
  `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`

export function lookLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => part(r, 0) === 'look')
  const lines = ['quiet', 'wave-known', 'wave-new', 'history', 'sent'].map(
    (where) => `look-alikes ${where}: ${marks(look.filter((r) => part(r, 1) === where))}`,
  )
  const inWaves = look.filter((r) => part(r, 1).startsWith('wave-'))
  const byClass = LOOK_CLASSES.map(
    (c) => `${c.key} ${flagged(look.filter((r) => part(r, 2) === c.key))}`,
  )
  const byClassInWaves = LOOK_CLASSES.map(
    (c) => `${c.key} ${flagged(inWaves.filter((r) => part(r, 2) === c.key))}`,
  )
  const byLang = LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`)
  return [
    ...lines,
    `look-alikes flagged (suspect or relay) by class: ${byClass.join('; ')}`,
    `look-alikes inside waves flagged by class: ${byClassInWaves.join('; ')}`,
    `look-alikes flagged by language: ${byLang.join('; ')}`,
  ]
}

const PLACES = ['own-day', 'quiet', 'wave-around', 'wave-inside'] as const

export function orgLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const kind of ORG_KINDS) {
    const mail = rows.filter((r) => part(r, 0) === 'org' && part(r, 1) === kind)
    lines.push(`organisation ${kind}, everyday mail: ${marks(mail)}`)
    const places = PLACES.map((p) => `${p} ${flagged(mail.filter((r) => part(r, 3) === p))}`)
    lines.push(`organisation ${kind}, everyday mail flagged by where: ${places.join('; ')}`)
    const bursts = rows.filter((r) => part(r, 0) === 'burst' && part(r, 1) === kind)
    const outside = bursts.filter((r) => part(r, 3) !== 'wave-inside')
    const inside = bursts.filter((r) => part(r, 3) === 'wave-inside')
    lines.push(
      `organisation ${kind}, own bursts outside waves: ${marks(outside)}; inside a wave's span: ${marks(inside)}`,
    )
    const byBurst = BURSTS.map((b) => `${b} ${flagged(bursts.filter((r) => part(r, 2) === b))}`)
    lines.push(`organisation ${kind}, own bursts flagged by burst: ${byBurst.join('; ')}`)
  }
  return lines
}

export function thirtyEighthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookLines(rows),
    ...orgLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
