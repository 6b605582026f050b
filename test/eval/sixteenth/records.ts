// The sixteenth set's building parts: a list of records and their labels, built up by the wave,
// inbox and burst generators and merged into one scenario in arrival order.
import type { EvalRecord, MailLabel, Scenario } from '../types.ts'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** 2026-09-07 (a Monday) for three weeks: a window no earlier set used. */
export const SIXTEENTH_WINDOW = { start: Date.UTC(2026, 8, 7), days: 21 } as const

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export interface Draft {
  at: number
  from: string
  subject: string
  body: string
  folder?: 'inbox' | 'sent'
  to?: string
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

/** Adds one mail; the snippet is the start of the body with its lines joined, as webmail shows. */
export function put(part: Part, id: string, draft: Draft, label: MailLabel): void {
  const snippet = draft.body.replace(/\s+/gu, ' ').trim().slice(0, 180)
  const record: EvalRecord = {
    id,
    date: new Date(draft.at).toISOString(),
    from: draft.from,
    subject: draft.subject,
    snippet,
    body: draft.body,
  }
  if (draft.folder) record.folder = draft.folder
  if (draft.to) record.to = draft.to
  part.records.push(record)
  part.labels.set(id, label)
}

export function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}
