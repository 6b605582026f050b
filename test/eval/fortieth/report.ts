// The fortieth set's own lines of the report (every shared measure and failure class is printed
// by ../report.ts): wave recall of the first mails per wave of a campaign, for companies seen in
// an earlier wave versus new ones, per product, wording source, shape and payload kind; the
// trail's recall per kind and per delay; look-alikes per placement, class and language; and each
// persona's own mail, its bursts and their follow-ups apart.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { LOOK_CLASSES } from './look.ts'
import { PAYLOAD_KINDS } from './payloads.ts'
import { PERSONA_KINDS } from './people.ts'
import { PRODUCTS } from './products.ts'
import { DELAYS, PLACES, SHAPES, TRAIL_KINDS, type FortiethLabel } from './types.ts'

export const FORTIETH_HEADER =
  'fortieth evaluation (fortieth held-out set: the same person hit again in campaigns, and the trail each wave leaves)'

const ext = (row: ScoredRow) => row.label as FortiethLabel
const isFirst = (row: ScoredRow) => (row.label.source ?? '').startsWith('wording:')
const isTrail = (row: ScoredRow) => ext(row).trail !== undefined && row.label.label === 'wave'

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

function cells<T extends string>(
  rows: readonly ScoredRow[],
  keys: readonly T[],
  pick: (row: ScoredRow) => T | undefined,
): string {
  return keys.map((key) => `${key} ${share(recall(rows, (r) => pick(r) === key))}`).join('; ')
}

export function campaignLines(rows: readonly ScoredRow[]): string[] {
  const first = rows.filter(isFirst)
  const nth = (r: ScoredRow) => {
    const no = ext(r).waveNo ?? 0
    return no === 1 ? 'first' : no === 2 ? 'second' : 'third and later'
  }
  const later = first.filter((r) => (ext(r).waveNo ?? 0) > 1)
  const payloadKind = (r: ScoredRow) => (r.label.payload ?? 'none').split('/')[0]!
  return [
    `wave recall per wave of a campaign (first mails): ${cells(first, ['first', 'second', 'third and later'], nth)}`,
    `wave recall in later waves, companies seen in an earlier wave: ${share(recall(later, (r) => ext(r).seen === true))}; new companies: ${share(recall(later, (r) => ext(r).seen === false))}`,
    `wave recall by wording source (first mails): ${cells(first, ['wording:product', 'wording:handwritten', 'wording:composed'], (r) => r.label.source)}`,
    `wave recall by shape (first mails): ${cells(first, SHAPES, (r) => ext(r).shape)}`,
    `wave recall slow drips apart: drip ${share(recall(first, (r) => ext(r).shape === 'drip'))}; all other shapes ${share(recall(first, (r) => ext(r).shape !== 'drip'))}`,
    `wave recall by payload kind (first mails): ${cells(first, [...PAYLOAD_KINDS, 'none'], payloadKind)}`,
    ...productRecallLinesOf(PRODUCTS, first).map((line) => `${line} (first mails)`),
  ]
}

export function trailLines(rows: readonly ScoredRow[]): string[] {
  const trail = rows.filter(isTrail)
  return [
    `trail recall (all trail mail): ${share(recall(trail))}`,
    `trail recall per kind: ${cells(trail, TRAIL_KINDS, (r) => ext(r).trail)}`,
    `trail recall per delay after the wave mail: ${cells(trail, DELAYS, (r) => ext(r).delay)}`,
  ]
}

function marks(group: readonly ScoredRow[]): string {
  const relay = ratio(group.filter((r) => r.verdict === 'relay').length, group.length)
  const suspect = ratio(group.filter((r) => r.verdict === 'suspect').length, group.length)
  const important = group.filter((r) => r.label.label === 'important')
  const pinned = ratio(
    important.filter((r) => r.verdict !== 'relay' && r.important).length,
    important.length,
  )
  return `called relay ${share(relay)}; suspect ${share(suspect)}; important pinned ${share(pinned)}`
}

const flagged = (group: readonly ScoredRow[]) =>
  `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => (r.label.source ?? '').startsWith('lookalike:'))
  const lines = PLACES.map(
    (place) =>
      `look-alikes ${place}: ${marks(look.filter((r) => ext(r).place === place))}  target: relay 0`,
  )
  const inWaves = look.filter((r) => r.label.waveId !== undefined)
  const byClass = LOOK_CLASSES.map(
    (c) => `${c} ${flagged(look.filter((r) => ext(r).lookClass === c))}`,
  )
  const byClassIn = LOOK_CLASSES.map(
    (c) => `${c} ${flagged(inWaves.filter((r) => ext(r).lookClass === c))}`,
  )
  const byLang = LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`)
  lines.push(`look-alikes flagged (suspect or relay) by class: ${byClass.join('; ')}`)
  lines.push(`look-alikes inside waves flagged by class: ${byClassIn.join('; ')}`)
  lines.push(`look-alikes flagged by language: ${byLang.join('; ')}`)
  return lines
}

export function personaLines(rows: readonly ScoredRow[]): string[] {
  return PERSONA_KINDS.flatMap((persona) => {
    const mine = rows.filter((r) => ext(r).persona === persona)
    const own = mine.filter((r) => r.label.label === 'own')
    return [
      `persona ${persona}, all its mail: ${marks(mine)}`,
      `persona ${persona}, own bursts: ${marks(own.filter((r) => ext(r).ownStep === 'burst'))}; their follow-ups: ${marks(own.filter((r) => ext(r).ownStep === 'follow-up'))}`,
    ]
  })
}

export function fortiethBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...campaignLines(rows),
    ...trailLines(rows),
    ...lookalikeLines(rows),
    ...personaLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
