// The runner's count of markings still going on (src/content/list/pending-work.ts): waiting ends
// only when the last one does, and every waiter shares one promise.
import { describe, expect, it } from 'vitest'
import { pendingWork } from '../../src/content/list/pending-work.ts'

describe('pendingWork', () => {
  it('is idle at once when nothing was started', async () => {
    const work = pendingWork()
    expect(work.busy()).toBe(false)
    await work.idle()
  })

  it('is idle only once the last piece of work ended, with one promise for every waiter', async () => {
    const work = pendingWork()
    work.start()
    work.start()
    let idle = false
    const waiting = work.idle()
    expect(work.idle()).toBe(waiting)
    void waiting.then(() => (idle = true))
    work.end()
    await Promise.resolve()
    expect([work.busy(), idle]).toEqual([true, false])
    work.end()
    await waiting
    expect([work.busy(), idle]).toEqual([false, true])
    // Work started after the wait ended gets a wait of its own.
    work.start()
    expect(work.idle()).not.toBe(waiting)
    work.end()
  })
})
