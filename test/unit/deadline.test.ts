// The one deadline both ends of a message use (src/messaging/deadline.ts): the work's own outcome
// when it comes in time, the fallback at the deadline, and no timer left behind. Fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { withDeadline } from '../../src/messaging/deadline.ts'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** A promise settled by hand. */
function pending<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((done, fail) => ((resolve = done), (reject = fail)))
  return { promise, resolve, reject }
}

describe('withDeadline', () => {
  it("resolves with the work's value when it comes in time, and clears its timer", async () => {
    const work = pending<string>()
    const fallback = vi.fn(() => 'so far')
    const answer = withDeadline(work.promise, 1_000, fallback)
    await vi.advanceTimersByTimeAsync(999)
    work.resolve('done')
    expect(await answer).toBe('done')
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(fallback).not.toHaveBeenCalled()
  })

  it('resolves with the fallback at the deadline, read then', async () => {
    const work = pending<string[]>()
    const soFar: string[] = []
    const answer = withDeadline(work.promise, 1_000, () => [...soFar])
    soFar.push('a')
    await vi.advanceTimersByTimeAsync(999)
    soFar.push('b')
    await vi.advanceTimersByTimeAsync(1)
    expect(await answer).toEqual(['a', 'b'])
    // The work finishing later changes nothing.
    work.resolve(['a', 'b', 'c'])
    expect(await answer).toEqual(['a', 'b'])
  })

  it("rejects with the work's error, and clears its timer", async () => {
    const work = pending<string>()
    const answer = withDeadline(work.promise, 1_000, () => 'so far')
    work.reject(new Error('storage failed'))
    await expect(answer).rejects.toThrow('storage failed')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects at the deadline when the fallback throws', async () => {
    const work = pending<string>()
    const answer = withDeadline(work.promise, 1_000, () => {
      throw new DOMException('no answer', 'TimeoutError')
    })
    const outcome = expect(answer).rejects.toMatchObject({ name: 'TimeoutError' })
    await vi.advanceTimersByTimeAsync(1_000)
    await outcome
  })
})
