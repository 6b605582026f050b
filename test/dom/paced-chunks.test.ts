// The one paced runner behind every bulk action (src/content/webmail/paced-chunks.ts): chunks of
// ACTION_CHUNK, the pace's pause between them and never before the first, each message acted on
// once, a message its chunk did not answer failed, progress after every chunk. It pauses in the
// page's own timer, hence a document; fake timers, so no test waits in real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ACTION_CHUNK, ACTION_PACE_MS } from '../../src/content/webmail/adapter.ts'
import { pacedChunks } from '../../src/content/webmail/paced-chunks.ts'
import type { ActionResults } from '../../src/messaging/protocol.ts'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `m${from + i}`)
const every = (list: string[]) => list
const done = (list: string[]): ActionResults => Object.fromEntries(list.map((id) => [id, 'done']))

function runner(requested: string[], answer: (chunk: string[]) => ActionResults = done) {
  const acted: string[][] = []
  const progress: ActionResults[] = []
  const paced = pacedChunks(
    document,
    { ids: requested, onProgress: (results) => void progress.push(results) },
    async (chunk) => {
      acted.push(chunk)
      return answer(chunk)
    },
  )
  return { paced, acted, progress }
}

describe('pacedChunks', () => {
  it('acts in chunks of ACTION_CHUNK, pausing ACTION_PACE_MS between them but not before the first', async () => {
    const { paced, acted, progress } = runner(ids(ACTION_CHUNK + 3))
    expect(await paced.next(every)).toEqual(done(ids(ACTION_CHUNK)))
    expect(acted).toEqual([ids(ACTION_CHUNK)])
    expect(progress).toEqual([done(ids(ACTION_CHUNK))])
    const second = paced.next(every)
    await vi.advanceTimersByTimeAsync(ACTION_PACE_MS - 1)
    expect(acted).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(await second).toEqual(done(ids(3, ACTION_CHUNK)))
    expect(acted[1]).toEqual(ids(3, ACTION_CHUNK))
    expect(paced.results).toEqual(done(ids(ACTION_CHUNK + 3)))
    // Each report is the results as they were then, not a view that changes after.
    expect(progress).toEqual([done(ids(ACTION_CHUNK)), done(ids(ACTION_CHUNK + 3))])
    expect(paced.todo()).toEqual([])
    expect(await paced.next(every)).toBeNull()
    expect(acted).toHaveLength(2)
  })

  it('acts on a message asked for twice once, and only on those the page shows', async () => {
    const { paced, acted } = runner(['a', 'b', 'a', 'c'])
    expect(paced.todo()).toEqual(['a', 'b', 'c'])
    await paced.next((todo) => todo.filter((id) => id !== 'b'))
    expect(acted).toEqual([['a', 'c']])
    expect(paced.todo()).toEqual(['b'])
    expect(await paced.next(() => [])).toBeNull()
    expect(acted).toHaveLength(1)
  })

  it('fails a message its chunk did not answer for, and never acts on it again', async () => {
    const { paced, acted } = runner(['a', 'b'], () => ({ a: 'done' }))
    await paced.next(every)
    expect(paced.results).toEqual({ a: 'done', b: 'failed' })
    expect(paced.todo()).toEqual([])
    expect(await paced.next(every)).toBeNull()
    expect(acted).toEqual([['a', 'b']])
  })

  it('reports results reached another way as progress, and leaves them out of what is left', () => {
    const { paced, acted, progress } = runner(['a', 'b', 'c'])
    paced.record({ a: 'done', b: 'not-found' })
    expect(progress).toEqual([{ a: 'done', b: 'not-found' }])
    expect(paced.todo()).toEqual(['c'])
    expect(acted).toEqual([])
  })
})
