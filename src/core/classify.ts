// Batch classification for the extension: the rows of a page, judged together with the
// account's stored helpdesk mail around them, through the same streaming engine as the scanner.
import type { MailFeatures } from './features.ts'
import { WaveEngine, type Wave } from './engine.ts'
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.ts'
import type { Verdict } from './types.ts'
import { retroactive } from './verdicts.ts'

export interface ClassifyContext {
  thresholds?: Thresholds
  /** Brands the user wrote to, with the dates (Sent folder). */
  outgoing?: readonly { brand: string; date: number }[]
  /** "I opened a ticket with X" until a date. */
  expected?: readonly { brand: string; until: number }[]
  /** Message ids the user marked as not relay. */
  trusted?: readonly string[]
}

/**
 * Final verdicts for `rows` after seeing `history` too (features of earlier stored mail), and the
 * waves that hold at least one of `rows`. Every mail is replayed in date order, so the answer does
 * not depend on the order rows were seen in.
 */
export function classify(
  rows: readonly MailFeatures[],
  history: readonly MailFeatures[] = [],
  context: ClassifyContext = {},
): { verdicts: Map<string, Verdict>; waves: Wave[] } {
  const engine = new WaveEngine(context.thresholds ?? DEFAULT_THRESHOLDS)
  for (const { brand, date } of context.outgoing ?? []) engine.recordOutgoing(brand, date)
  for (const { brand, until } of context.expected ?? []) engine.expectTicket(brand, until)
  for (const id of context.trusted ?? []) engine.trustMessage(id)
  const wanted = new Set(rows.map((row) => row.id))
  const all = dedupe([...history.filter((h) => !wanted.has(h.id)), ...rows]).sort(byDate)
  const arrival = new Map<string, Verdict>()
  for (const mail of all) arrival.set(mail.id, engine.observe(mail))
  const verdicts = new Map<string, Verdict>()
  const waves = new Set<Wave>()
  for (const row of rows) {
    const wave = engine.waveOf(row.id)
    if (wave) waves.add(wave)
    verdicts.set(row.id, retroactive(arrival.get(row.id)!, wave, row.indicatorCount))
  }
  return { verdicts, waves: [...waves] }
}

function dedupe(mails: MailFeatures[]): MailFeatures[] {
  const byId = new Map<string, MailFeatures>()
  for (const mail of mails) byId.set(mail.id, mail)
  return [...byId.values()]
}

/** Undated mail goes last: it cannot join a wave, and must not hold back dated mail. */
function byDate(a: MailFeatures, b: MailFeatures): number {
  return (a.date ?? Number.MAX_SAFE_INTEGER) - (b.date ?? Number.MAX_SAFE_INTEGER)
}
