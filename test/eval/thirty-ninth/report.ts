// The thirty-ninth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source, per shape (slow drips
// apart), per payload kind and per sign-up flow; look-alikes per placement, class and language;
// each persona's own mail, and its own sign-ups per flow, clicked or not, inside waves apart.
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { FLOWS } from './flows.ts'
import { LOOK_CLASSES, PLACEMENTS } from './look.ts'
import { PAYLOAD_KINDS } from './payloads.ts'
import { PERSONA_KINDS } from './personas.ts'
import { PRODUCTS } from './products.ts'
import { shapeFor, WAVE_LANGS } from './scenarios.ts'
import { SHAPES } from './waves.ts'

export const THIRTY_NINTH_HEADER =
  'thirty-ninth evaluation (thirty-ninth held-out set: sign-ups as real services run them, the person’s own and the attackers’, through the same services)'

const SOURCES = ['product', 'handwritten', 'composed'] as const

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
}

/** A field of a `key:value;key:value` source, or of its leading `a:b:c` part. */
function field(row: ScoredRow, key: string): string | undefined {
  for (const part of (row.label.source ?? '').split(';')) {
    const [name, ...rest] = part.split(':')
    if (name === key) return rest.join(':')
  }
  return undefined
}

export function shapeOfWave(waveId: string): string {
  const match = /^n39-w(\d)-(\w+)$/u.exec(waveId)
  if (!match) return 'unknown'
  return shapeFor(Number(match[1]), WAVE_LANGS.indexOf(match[2] as never))
}

export function waveLines(rows: readonly ScoredRow[]): string[] {
  const cells = (names: readonly string[], keep: (r: ScoredRow, name: string) => boolean) =>
    names.map((n) => `${n} ${share(recall(rows, (r) => keep(r, n)))}`).join('; ')
  return [
    `wave recall by wording source: ${cells(SOURCES, (r, s) => field(r, 'wording') === s)}`,
    `wave recall by shape (slow drips apart): ${cells(SHAPES, (r, s) => shapeOfWave(r.label.waveId ?? '') === s)}`,
    `wave recall by payload kind: ${cells([...PAYLOAD_KINDS, 'none'], (r, p) => (r.label.payload ?? '').split('/')[0] === p)}`,
    `wave recall by sign-up flow of the service: ${cells(FLOWS, (r, f) => field(r, 'flow') === f)}`,
    `wave recall by step (first contact vs later): ${cells(['verify', 'welcome', 'reminder', 'deleted', 'series1', 'series3', 'optin', 'code', 'magic', 'ack', 'reset'], (r, s) => field(r, 'step') === s)}`,
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
  return `called relay ${share(relay)}  target 0; suspect ${share(suspect)}; important pinned ${share(pinned)}`
}

const lookOf = (row: ScoredRow) => {
  const source = row.label.source ?? ''
  return source.startsWith('lookalike:') ? source.split(':') : null
}

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => lookOf(r) !== null)
  const flagged = (group: readonly ScoredRow[]) =>
    `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  const lines = PLACEMENTS.map(
    (p) => `look-alikes ${p}: ${marks(look.filter((r) => lookOf(r)![1] === p))}`,
  )
  const inWave = look.filter((r) => r.label.waveId !== undefined)
  lines.push(
    `look-alikes flagged by class: ${LOOK_CLASSES.map((c) => `${c} ${flagged(look.filter((r) => lookOf(r)![2] === c))}`).join('; ')}`,
  )
  lines.push(
    `look-alikes inside waves flagged by class: ${LOOK_CLASSES.map((c) => `${c} ${flagged(inWave.filter((r) => lookOf(r)![2] === c))}`).join('; ')}`,
  )
  lines.push(
    `look-alikes flagged by language: ${LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`).join('; ')}`,
  )
  return lines
}

const personaOf = (row: ScoredRow) => {
  const [head, kind] = (row.label.source ?? '').split(':')
  return head === 'persona' || head === 'own' ? kind : undefined
}

/** Each persona's mail, then its own sign-ups per flow and clicked or not, inside waves apart. */
export function personaLines(rows: readonly ScoredRow[]): string[] {
  const lines: string[] = []
  for (const kind of PERSONA_KINDS) {
    const mine = rows.filter((r) => personaOf(r) === kind)
    lines.push(`persona ${kind}, all own and stream mail: ${marks(mine)}`)
    for (const where of ['outside', 'inside']) {
      const own = mine.filter(
        (r) => r.label.label === 'own' && (r.label.source ?? '').includes(`:${where};`),
      )
      const cells = FLOWS.flatMap((flow) =>
        ['clicked', 'left'].map((state) => {
          const group = own.filter((r) =>
            (r.label.source ?? '').startsWith(`own:${kind}:${flow}:${state}:`),
          )
          const bad = group.filter((r) => r.verdict === 'relay').length
          const flaggedCount = group.filter((r) => r.verdict !== 'clean').length
          return group.length === 0
            ? ''
            : `${flow}/${state} relay ${bad} flagged ${flaggedCount} of ${group.length}`
        }),
      )
      lines.push(
        `persona ${kind} own sign-ups ${where} waves: ${cells.filter(Boolean).join('; ') || 'none'}`,
      )
    }
  }
  return lines
}

export function thirtyNinthBreakdowns(rows: readonly ScoredRow[]): string[] {
  return [
    ...productRecallLinesOf(PRODUCTS, rows),
    ...waveLines(rows),
    ...lookalikeLines(rows),
    ...personaLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
