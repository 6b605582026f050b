// The content script's queue of rows waiting for the background's verdicts: batches, retries
// after a failed request, rows answered without a verdict, and a stop that does not wait for the
// next retry.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { MAX_INGEST_ROWS } from '../../src/messaging/protocol.ts'
import { RETRY_DELAYS_MS, createIngestQueue } from '../../src/content/list/ingest-queue.ts'

const clean: Verdict = { verdict: 'clean', score: 0, reasons: [], waveId: null, important: false }
const row = (id: string) => ({ id }) as MailRow

function queueWith(answer: (rows: MailRow[]) => Promise<Record<string, Verdict>>) {
  const controller = new AbortController()
  const known = new Map<string, Verdict>()
  const batches: string[][] = []
  const request = (async (_type: string, payload: { rows: MailRow[] }) => {
    batches.push(payload.rows.map((r) => r.id))
    return { verdicts: await answer(payload.rows), stored: payload.rows.length, rejected: 0 }
  }) as unknown as BackgroundClient
  const answered = vi.fn()
  const queue = createIngestQueue({
    request,
    signal: controller.signal,
    alive: () => true,
    record: (verdicts) => Object.entries(verdicts).forEach(([id, v]) => known.set(id, v)),
    known: (id) => known.has(id),
    answered,
  })
  return { queue, controller, batches, answered, known }
}

afterEach(() => vi.useRealTimers())

describe('the ingest queue', () => {
  it('sends rows in bounded batches and keeps their verdicts', async () => {
    const { queue, batches, known, answered } = queueWith(async (rows) =>
      Object.fromEntries(rows.map((r) => [r.id, clean])),
    )
    const count = MAX_INGEST_ROWS + 3
    for (let i = 0; i < count; i++) queue.add(row(`m${i}`))
    queue.flush()
    await queue.flushing()
    expect(batches.map((batch) => batch.length)).toEqual([MAX_INGEST_ROWS, 3])
    expect(known.size).toBe(count)
    expect(answered).toHaveBeenCalledTimes(2)
    expect(queue.size()).toBe(0)
  })

  it('keeps a row answered without a verdict apart, so it is never sent again', async () => {
    const { queue, batches } = queueWith(async () => ({}))
    queue.add(row('bad'))
    queue.flush()
    await queue.flushing()
    expect(queue.isUnanswered('bad')).toBe(true)
    expect(queue.isPending('bad')).toBe(false)
    expect(batches).toHaveLength(1)
  })

  it('retries a failed request after a growing delay, the rows still pending', async () => {
    vi.useFakeTimers()
    let failures = 2
    const { queue, batches } = queueWith(async (rows) => {
      if (failures-- > 0) throw new Error('worker gone')
      return Object.fromEntries(rows.map((r) => [r.id, clean]))
    })
    queue.add(row('a'))
    queue.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(batches).toHaveLength(1)
    expect(queue.isPending('a')).toBe(true)
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0])
    expect(batches).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1] - 1)
    expect(batches).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(batches).toHaveLength(3)
    expect(queue.isPending('a')).toBe(false)
  })

  it('stops at once when the content script stops, without waiting for the next retry', async () => {
    vi.useFakeTimers()
    const { queue, controller, batches } = queueWith(async () => {
      throw new Error('worker gone')
    })
    queue.add(row('a'))
    queue.flush()
    const flushing = queue.flushing()!
    let done = false
    void flushing.then(() => (done = true))
    // Five failures: the next retry is seconds away.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.slice(0, 4).reduce((a, b) => a + b, 0))
    expect(batches).toHaveLength(5)
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
    expect(batches).toHaveLength(5)
  })
})
