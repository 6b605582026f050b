import { describe, expect, it } from 'vitest'
import { ViewCache } from '../../src/background/view-cache.ts'

describe('ViewCache', () => {
  it('answers a kept value while it is recent, per key', () => {
    const cache = new ViewCache<string>(1_000)
    cache.set('a', 'view a', 100, cache.generation)
    expect(cache.get('a', 100)).toBe('view a')
    expect(cache.get('a', 1_099)).toBe('view a')
    expect(cache.get('a', 1_100)).toBeUndefined()
    expect(cache.get('a', 99)).toBeUndefined() // a clock gone back
    expect(cache.get('b', 100)).toBeUndefined()
  })

  it('keeps nothing computed across a write, and forgets everything at one', () => {
    const cache = new ViewCache<string>(1_000)
    const started = cache.generation
    cache.clear() // a write while the view was computed
    cache.set('a', 'stale', 100, started)
    expect(cache.get('a', 100)).toBeUndefined()
    cache.set('a', 'fresh', 100, cache.generation)
    cache.clear()
    expect(cache.get('a', 100)).toBeUndefined()
  })
})
