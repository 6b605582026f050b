// One batch of rows judged and stored atomically: a single read-write transaction over the rows,
// the brand statistics, the expected tickets and the waves reads the history around the batch,
// lets the caller decide, and writes what it decided. Two tabs sending at once therefore cannot
// overwrite each other's re-labels. Safe to repeat: rows are keyed by (account, id).
import type { Database } from './db.ts'
import { putRows, rowsBetween } from './messages-repo.ts'
import { companyDaysBefore, updateBrandDays } from './brands-repo.ts'
import { dayOf } from './days.ts'
import { ticketsRunning } from './tickets-repo.ts'
import { mergeWaves, wavesOf, withdrawWaves } from './waves-repo.ts'
import type { PastWave } from '../core/wave/trail.ts'
import type { ExpectedTicket, StoredMessage, StoredWave } from './schema.ts'

/** What the batch is judged against. */
export interface BatchHistory {
  /** The account's stored mail dated within the span the rules look at. */
  earlier: StoredMessage[]
  /** The account's expected tickets still running at the batch's earliest date. */
  expected: ExpectedTicket[]
  /** Helpdesk mail per brand on the month through the span's first day (companyDaysBefore). */
  companyDays: { brand: string; day: number; mails: number; first: number }[]
  /**
   * The account's stored waves, each with its brands (core ClassifyContext `pastWaves`): their
   * companies are never senders the inbox knows, and their later mail may be their trail.
   */
  pastWaves: PastWave[]
}

/** What the caller decided: rows to write (new and re-labelled) and the waves it found. */
export interface BatchDecision {
  messages: readonly StoredMessage[]
  waves: readonly StoredWave[]
  /** Ids of stored waves that are no waves any more (a small burst, core small-burst.ts). */
  withdrawnWaves?: readonly string[]
}

export interface Span {
  from: number
  to: number
}

export interface BatchAsk {
  account: string
  /** Own dates whose stored mail the rules need; null when the batch needs none. */
  span: Span | null
  /** The batch's earliest own date (or now): tickets running then count. */
  earliest: number
  /** Own dates of stored mail the rules need because of the account's stored waves, if any. */
  reach?: (waves: readonly StoredWave[]) => Span | null
}

/**
 * Reads the history `ask` names, calls `decide` with it and writes its decision, all in one
 * transaction. `decide` must be synchronous: a transaction closes when anything but IndexedDB is
 * awaited inside it. Returns the decision, how many rows were new and the waves as stored (each
 * keeps the time the user was told about it).
 */
export async function storeJudgedBatch<D extends BatchDecision>(
  db: Database,
  ask: BatchAsk,
  decide: (history: BatchHistory) => D,
): Promise<{ decision: D; added: number; waves: StoredWave[] }> {
  const tx = db.transaction(['messageDays', 'brandDays', 'expectedTickets', 'waves'], 'readwrite')
  const days = tx.objectStore('messageDays')
  // Waves are few (one record each): read first, they may widen the span.
  const storedWaves = await wavesOf(tx.objectStore('waves'), ask.account)
  const span = union(ask.span, ask.reach?.(storedWaves) ?? null)
  const [earlier, expected, companyDays] = await Promise.all([
    span ? rowsBetween(days, ask.account, span.from, span.to) : [],
    ticketsRunning(tx.objectStore('expectedTickets'), ask.account, ask.earliest),
    // Through the span's first day: the replay counts no day given whole (core habit.ts).
    span ? companyDaysBefore(tx.objectStore('brandDays'), ask.account, dayOf(span.from) + 1) : [],
  ])
  // Given only when the batch has mail the rules judge against its history.
  const accountWaves = span ? storedWaves : []
  const pastWaves = accountWaves.map(({ id, start, end, brands }) => {
    return { id, start, end, brands: Object.keys(brands) }
  })
  const decision = decide({ earlier, expected, companyDays, pastWaves })
  const [added, waves] = await Promise.all([
    putRows(days, decision.messages).then(async (written) => {
      await updateBrandDays(tx.objectStore('brandDays'), written.days)
      return written.added
    }),
    mergeWaves(tx.objectStore('waves'), decision.waves),
    withdrawWaves(tx.objectStore('waves'), ask.account, decision.withdrawnWaves ?? []),
  ])
  await tx.done
  return { decision, added, waves }
}

/** The smallest span holding both; null when neither is given. */
function union(a: Span | null, b: Span | null): Span | null {
  if (!a || !b) return a ?? b
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) }
}
