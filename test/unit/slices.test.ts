// Long lists worked through in slices: each slice stops at its time budget and the rest runs later.
import { describe, expect, it } from 'vitest'
import { inSlices } from '../../src/content/list/slices.ts'
import { scanState } from '../../src/content/list/scan-state.ts'

/** A clock that advances 1 ms per item handled, and a queue of slices waiting to run. */
function harness() {
  let time = 0
  const waiting: (() => void)[] = []
  return {
    now: () => time,
    tick: () => time++,
    later: (next: () => void) => void waiting.push(next),
    runNext: () => waiting.shift()?.(),
    waiting,
  }
}

describe('inSlices', () => {
  it('handles a short list at once and a long one in slices of the budget', () => {
    const clock = harness()
    const seen: number[] = []
    let done = 0
    const items = Array.from({ length: 100 }, (_, i) => i)
    inSlices(
      items,
      (i) => (seen.push(i), clock.tick()),
      () => done++,
      {
        budgetMs: 32,
        now: clock.now,
        later: clock.later,
      },
    )
    // The clock is read every 16 items: the first slice stops at 32 items, the second at 64.
    expect(seen).toHaveLength(32)
    expect(done).toBe(0)
    clock.runNext()
    expect(seen).toHaveLength(64)
    clock.runNext()
    clock.runNext()
    expect(seen).toEqual(items)
    expect(done).toBe(1)
    expect(clock.waiting).toHaveLength(0)
  })

  it('stops handling once cancelled and still says it is done', () => {
    const clock = harness()
    let handled = 0
    let done = 0
    let cancelled = false
    inSlices(
      Array.from({ length: 100 }),
      () => (handled++, clock.tick()),
      () => done++,
      {
        budgetMs: 16,
        now: clock.now,
        later: clock.later,
        cancelled: () => cancelled,
      },
    )
    cancelled = true
    clock.runNext()
    expect(handled).toBe(16)
    expect(done).toBe(1)
  })
})

describe('scanState', () => {
  it('runs a scan asked for many times once, in a later task, and settles the wait after it', async () => {
    const scans = scanState()
    let runs = 0
    const scan = () => {
      if (!scans.begin()) return
      runs++
      scans.end(scan)
    }
    scans.soon(scan)
    scans.soon(scan)
    expect(runs).toBe(0)
    expect(scans.running()).toBe(true)
    await scans.finished()
    expect(runs).toBe(1)
    expect(scans.running()).toBe(false)
  })

  it('runs a scan asked for during a running one after it ends', async () => {
    const scans = scanState()
    let runs = 0
    let finish = () => {}
    const scan = () => {
      if (!scans.begin()) return
      runs++
      finish = () => scans.end(scan)
    }
    scan()
    scan()
    expect(runs).toBe(1)
    finish()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(runs).toBe(2)
    finish()
    await scans.finished()
    expect(scans.running()).toBe(false)
  })
})
