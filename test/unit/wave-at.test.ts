// The wave an important mail's date falls in: the same first wave a look through every wave finds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { waveAt, type Span } from '../../src/cli/wave-at.ts'

const everyWave = (waves: readonly Span[], date: number) =>
  waves.find((w) => date >= w.start && date <= w.end)

const span = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 }))
  .map(([start, length]) => ({ start, end: start + length }))

describe('the wave a date falls in', () => {
  it('is the first wave holding it, whether spans overlap or not', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (waves) => {
        const holding = waveAt(waves)
        for (let date = -1; date <= 232; date++)
          if (holding(date) !== everyWave(waves, date)) return false
        return true
      }),
    )
  })

  it('finds dates on the very edges of disjoint spans given out of order', () => {
    const waves = [
      { start: 50, end: 60 },
      { start: 10, end: 20 },
      { start: 30, end: 30 },
    ]
    const holding = waveAt(waves)
    expect([9, 10, 20, 21, 30, 31, 50, 60, 61].map((d) => holding(d))).toEqual([
      undefined,
      waves[1],
      waves[1],
      undefined,
      waves[2],
      undefined,
      waves[0],
      waves[0],
      undefined,
    ])
  })
})
