import { afterEach, describe, expect, it, vi } from 'vitest'
import { summaryOf } from '../../src/core/views/popup-summary.ts'
import { firstFrame, KEPT_WAIT_MS, keptFirstScreen } from '../../src/popup/first-screen.ts'
import { waveView } from '../support/popup-view.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const summary = summaryOf(waveView(120, 12))

/** Settles the promise's state without waiting for it: 'pending' while it has not settled. */
async function stateOf(promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([promise, Promise.resolve('pending')])
}

describe("the popup's first screen", () => {
  it('draws from a kept summary, and from nothing unusable', async () => {
    expect(await keptFirstScreen(Promise.resolve(summary))).toEqual(summary)
    expect(await keptFirstScreen(Promise.resolve({ ...summary, account: '' }))).toBeNull()
    expect(await keptFirstScreen(Promise.resolve({ account: 'gmail:me', pinned: 1 }))).toBeNull()
    expect(await keptFirstScreen(Promise.resolve(undefined))).toBeNull()
    expect(await keptFirstScreen(Promise.reject(new Error('storage gone')))).toBeNull()
  })

  it('does not wait for a read that never answers longer than its deadline', async () => {
    vi.useFakeTimers()
    const kept = keptFirstScreen(new Promise(() => {}))
    await vi.advanceTimersByTimeAsync(KEPT_WAIT_MS - 1)
    expect(await stateOf(kept)).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(await kept).toBeNull()
  })

  it('lets the rest follow only once the first screen was drawn and its frame painted', async () => {
    vi.useFakeTimers()
    const frames: (() => void)[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
    const { painted, firstDraw } = firstFrame(true)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await stateOf(painted)).toBe('pending')
    firstDraw()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await stateOf(painted)).toBe('pending') // the frame has not been painted yet
    frames.shift()!()
    expect(await stateOf(painted)).toBe('pending') // the task after the frame has not run
    await vi.advanceTimersByTimeAsync(0)
    expect(await stateOf(painted)).toBeUndefined()
  })

  it('has nothing to wait for without a first screen', async () => {
    expect(await stateOf(firstFrame(false).painted)).toBeUndefined()
  })
})
