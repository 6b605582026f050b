// The printed benchmark: each measure on its own line with its target, then the classes of
// failure (subjects only) so a developer can see what was missed and what was wrongly marked.
import { LANGUAGES, WAVE_KINDS } from './types.ts'
import {
  importantPinned,
  latencies,
  median,
  ownRelay,
  precision,
  quietFlagged,
  quietRelay,
  recall,
  type Ratio,
  type ScoredRow,
} from './score.ts'
import { PRODUCTS } from './wordings/index.ts'

export const HEADER = 'held-out evaluation (wordings not used to build the detector)'

function share(r: Ratio, digits = 3): string {
  return r.value === null
    ? 'n/a (nothing to measure)'
    : `${r.value.toFixed(digits)} (${r.hits}/${r.total})`
}

function percent(r: Ratio): string {
  return r.value === null ? 'n/a' : `${(r.value * 100).toFixed(2)} % (${r.hits} of ${r.total})`
}

export function measureLines(rows: readonly ScoredRow[]): string[] {
  const lines = [`wave recall: ${share(recall(rows))}  target >= 0.98`]
  for (const kind of WAVE_KINDS)
    lines.push(
      `wave recall ${kind}: ${share(recall(rows, (r) => r.kind === kind))}  target >= 0.98`,
    )
  for (const lang of LANGUAGES)
    lines.push(
      `wave recall lang ${lang}: ${share(recall(rows, (r) => r.label.lang === lang))}  target >= 0.98`,
    )
  for (const family of ['helpdesk', 'verification', 'subscription', 'reset'])
    lines.push(
      `wave recall family ${family}: ${share(recall(rows, (r) => r.label.family === family))}  target >= 0.98`,
    )
  for (const sender of ['own', 'hosted', 'display'])
    lines.push(
      `wave recall sender ${sender}: ${share(recall(rows, (r) => r.label.sender === sender))}  target >= 0.98`,
    )
  const payloads = [
    ...new Set(rows.map((r) => r.label.payload).filter((p): p is string => !!p)),
  ].sort()
  lines.push(
    `wave recall by payload: ${payloads.map((p) => `${p} ${recall(rows, (r) => r.label.payload === p).value?.toFixed(2)}`).join('; ')}`,
  )
  lines.push(`precision: ${share(precision(rows), 4)}  target >= 0.995`)
  lines.push(
    `quiet inbox flagged (suspect or relay): ${percent(quietFlagged(rows))}  target <= 0.5 %`,
  )
  lines.push(
    `quiet inbox called relay: ${quietRelay(rows).hits} of ${quietRelay(rows).total}  target 0`,
  )
  lines.push(`own bursts called relay: ${ownRelay(rows).hits} of ${ownRelay(rows).total}  target 0`)
  const own = rows.filter((r) => r.label.label === 'own')
  lines.push(
    `own mail flagged (suspect or relay), no target: ${own.filter((r) => r.verdict !== 'clean').length} of ${own.length}`,
  )
  lines.push(`important mail inside waves pinned: ${share(importantPinned(rows))}  target >= 0.95`)
  const waves = latencies(rows)
  const undetected = waves.filter((w) => !w.detected).length
  const detected = median(waves.filter((w) => w.detected).map((w) => w.latency))
  lines.push(
    `median detection latency: ${median(waves.map((w) => w.latency)) ?? 'n/a'} mails (${waves.length} waves, ${undetected} never relay at arrival, counted as their size; median over the others ${detected ?? 'n/a'})  target <= 3`,
  )
  return lines
}

function describe(row: ScoredRow): string {
  const where = [
    row.label.family && `${row.label.family}/${row.label.product}`,
    row.label.lang,
    row.label.source,
  ]
    .filter(Boolean)
    .join(', ')
  return `  [${row.verdict}${row.important ? ', important' : ''}] ${row.subject.slice(0, 110)}${where ? `  (${where})` : ''}`
}

/** A false alarm called relay is worse than one marked suspect. */
const relayFirst = (row: ScoredRow) => (row.verdict === 'relay' ? 1 : 0)

/**
 * Up to 10 distinct subjects, taken in turn from each class (by `key`): the most severe classes
 * first, then the largest.
 */
function worst(
  rows: readonly ScoredRow[],
  key: (row: ScoredRow) => string,
  severity: (row: ScoredRow) => number = relayFirst,
): string[] {
  const groups = new Map<string, ScoredRow[]>()
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row])
  const ordered = [...groups.values()].sort(
    (a, b) => severity(b[0]!) - severity(a[0]!) || b.length - a.length,
  )
  const seen = new Set<string>()
  const lines: string[] = []
  for (let round = 0; lines.length < 10 && ordered.some((g) => g.length > round); round++) {
    for (const group of ordered) {
      const row = group[round]
      if (!row || lines.length >= 10 || seen.has(row.subject)) continue
      seen.add(row.subject)
      lines.push(`${describe(row)}  x${group.length} in class`)
    }
  }
  return lines.length > 0 ? lines : ['  (none)']
}

export function failureLines(rows: readonly ScoredRow[]): string[] {
  const waveScenario = (row: ScoredRow) => row.kind !== 'h-quiet' && row.kind !== 'g-own'
  const byClass = (row: ScoredRow) =>
    `${row.verdict}/${row.label.family}/${row.label.product}/${row.label.lang}`
  // A miss with no mark at all is worse than one left at suspect.
  const unmarkedFirst = (row: ScoredRow) => (row.verdict === 'clean' ? 1 : 0)
  const relayOrSuspect = (row: ScoredRow) => `${row.verdict}/${row.label.source ?? row.label.label}`
  return [
    'worst misses (wave mail not relay), by wording class:',
    ...worst(
      rows.filter((r) => r.label.label === 'wave' && r.verdict !== 'relay'),
      byClass,
      unmarkedFirst,
    ),
    'worst false alarms in the quiet inbox (suspect or relay):',
    ...worst(
      rows.filter((r) => r.kind === 'h-quiet' && r.verdict !== 'clean'),
      relayOrSuspect,
    ),
    'own mail flagged (relay first, then suspect):',
    ...worst(
      rows.filter((r) => r.label.label === 'own' && r.verdict !== 'clean'),
      byClass,
    ),
    'background mail called relay in wave scenarios:',
    ...worst(
      rows.filter((r) => waveScenario(r) && r.label.label !== 'wave' && r.verdict === 'relay'),
      relayOrSuspect,
    ),
    'important mail inside waves not pinned:',
    ...worst(
      rows.filter(
        (r) =>
          r.label.label === 'important' &&
          r.label.waveId !== undefined &&
          (r.verdict === 'relay' || !r.important),
      ),
      (r) => `${r.verdict}/${r.label.lang}`,
    ),
  ]
}

/** A product as the breakdowns need it: its family, its name and the languages of its texts. */
export interface ListedProduct {
  family: string
  product: string
  texts: object
}

/** One line per family: each product's wave recall, so a developer sees which wordings fail. */
export function productRecallLinesOf(
  products: readonly ListedProduct[],
  rows: readonly ScoredRow[],
): string[] {
  const families = new Map<string, string[]>()
  for (const p of products) {
    const r = recall(
      rows,
      (row) => row.label.product === p.product && row.label.family === p.family,
    )
    if (r.value === null) continue
    families.set(p.family, [
      ...(families.get(p.family) ?? []),
      `${p.product} ${r.value.toFixed(2)} (${r.total})`,
    ])
  }
  return [...families].map(
    ([family, list]) => `wave recall by product, ${family}: ${list.join('; ')}`,
  )
}

export function productRecallLines(rows: readonly ScoredRow[]): string[] {
  return productRecallLinesOf(PRODUCTS, rows)
}

/** One line per family: each product with the languages its texts are written in. */
export function familyLinesOf(products: readonly ListedProduct[]): string[] {
  const families = new Map<string, string[]>()
  for (const p of products)
    families.set(p.family, [
      ...(families.get(p.family) ?? []),
      `${p.product} [${Object.keys(p.texts).join(' ')}]`,
    ])
  return [...families].map(
    ([family, products]) => `wording family ${family}: ${products.join('; ')}`,
  )
}

export function familyLines(): string[] {
  return familyLinesOf(PRODUCTS)
}
