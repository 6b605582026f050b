// The thirty-fourth set's own lines of the report (every shared measure and failure class is
// printed by ../report.ts): wave recall per product, per wording source and per wave shape, the
// auto-reply waves; look-alike false marks per placement, class and language; and the bursts the
// person caused without writing to a company (reply storms, applications, administrator mail).
import { familyLinesOf, productRecallLinesOf } from '../report.ts'
import { ratio, recall, type Ratio, type ScoredRow } from '../score.ts'
import { LANGUAGES } from '../types.ts'
import { LOOK_CLASSES } from './look/types.ts'
import { PRODUCTS } from './products.ts'
import { IN_HOUSE } from './wording/index.ts'

export const THIRTY_FOURTH_HEADER =
  'thirty-fourth evaluation (held-out: reply storms, job applications, administrator mail, auto-reply waves, look-alikes inside and outside waves)'

/** Every product the labels name: the eight products and the three in-house wording kinds. */
export const LISTED = [
  ...PRODUCTS,
  ...Object.values(IN_HOUSE).map((product) => ({ family: 'in-house', product, texts: {} })),
]

function share(r: Ratio): string {
  return r.value === null ? 'n/a' : `${r.value.toFixed(3)} (${r.hits}/${r.total})`
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

export function waveLines(
  rows: readonly ScoredRow[],
  shapes: ReadonlyMap<string, string>,
): string[] {
  const sources = ['product', 'handwritten', 'composed'].map(
    (s) => `${s} ${share(recall(rows, (r) => r.label.source === `wording:${s}`))}`,
  )
  const shapeNames = [...new Set([...shapes.values()].flatMap((s) => s.split('/')))].sort()
  const byShape = shapeNames.map(
    (name) =>
      `${name} ${share(recall(rows, (r) => (shapes.get(r.label.waveId ?? '') ?? '').split('/').includes(name)))}`,
  )
  return [
    `wave recall by wording source: ${sources.join('; ')}`,
    `wave recall by wave shape: ${byShape.join('; ')}`,
    `auto-reply mail in waves (recall): ${share(recall(rows, (r) => r.label.product === IN_HOUSE.autoReply))}`,
    `auto-reply waves a-* per language (recall): ${LANGUAGES.map((l) => `${l} ${share(recall(rows, (r) => r.label.waveId === `n34-a-${l}`))}`).join('; ')}`,
    `"verify to submit your request" mail (recall): ${share(recall(rows, (r) => r.label.product === IN_HOUSE.requestVerify))}`,
  ]
}

const whereOf = (row: ScoredRow) => (row.label.source ?? '').split(':')

export function lookalikeLines(rows: readonly ScoredRow[]): string[] {
  const look = rows.filter((r) => whereOf(r)[0] === 'lookalike')
  const lines = ['quiet', 'wave-known', 'wave-new', 'history'].map(
    (where) =>
      `look-alikes ${where}: ${marks(look.filter((r) => whereOf(r)[1] === where))}  target relay 0`,
  )
  const flagged = (group: readonly ScoredRow[]) =>
    `${group.filter((r) => r.verdict !== 'clean').length}/${group.length}`
  lines.push(
    `look-alikes flagged by class: ${[...LOOK_CLASSES, 'prior-customer'].map((c) => `${c} ${flagged(look.filter((r) => whereOf(r)[2] === c))}`).join('; ')}`,
  )
  lines.push(
    `look-alikes flagged by language: ${LANGUAGES.map((l) => `${l} ${flagged(look.filter((r) => r.label.lang === l))}`).join('; ')}`,
  )
  return lines
}

export function ownKindLines(rows: readonly ScoredRow[]): string[] {
  const group = (prefix: string) => rows.filter((r) => (r.label.source ?? '').startsWith(prefix))
  return [
    ['reply storms', 'own:storm:'],
    ['reply storms inside waves', 'own:storm:'],
    ['job applications', 'own:apply:'],
    ['job seeker later mail', 'job:'],
    ['administrator mail', 'admin:'],
    ['own bursts to companies', 'own:burst:'],
  ].map(([name, prefix]) => {
    const list = name!.includes('inside')
      ? group(prefix!).filter((r) => r.kind !== 'g-own')
      : group(prefix!)
    return `${name}: ${marks(list)}  target relay 0`
  })
}

export function thirtyFourthBreakdowns(shapes: ReadonlyMap<string, string>) {
  return (rows: readonly ScoredRow[]): string[] => [
    ...productRecallLinesOf(LISTED, rows),
    ...waveLines(rows, shapes),
    ...lookalikeLines(rows),
    ...ownKindLines(rows),
    ...familyLinesOf(PRODUCTS),
  ]
}
