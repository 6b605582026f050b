import { describe, expect, it } from 'vitest'
import {
  findWaves,
  WAVE_MIN_BRANDS,
  WAVE_WINDOW_MS,
  type WaveCandidate,
} from '../../src/core/wave.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 0, 18, 9, 0)
const mail = (i: number, brand: string, minutes: number): WaveCandidate => ({
  id: `m${i}`,
  brand,
  date: T0 + minutes * MINUTE,
})

describe('findWaves', () => {
  it('finds no wave when fewer distinct brands than the threshold write within the window', () => {
    const mails = Array.from({ length: 20 }, (_, i) =>
      mail(i, `brand${i % (WAVE_MIN_BRANDS - 1)}`, i),
    )
    expect(findWaves(mails).size).toBe(0)
  })

  it('puts every mail of a cross-brand burst into one wave', () => {
    const mails = Array.from({ length: 12 }, (_, i) => mail(i, `brand${i}`, i))
    const waves = findWaves(mails)
    expect(waves.size).toBe(12)
    expect(new Set(waves.values())).toEqual(new Set([`wave-${T0}`]))
  })

  it('judges on the mails own dates whatever order they arrive in', () => {
    const mails = Array.from({ length: 8 }, (_, i) => mail(i, `brand${i}`, i * 2)).reverse()
    expect(findWaves(mails).size).toBe(8)
  })

  it('does not join brands that wrote further apart than the window', () => {
    const gap = WAVE_WINDOW_MS / MINUTE + 1
    const mails = Array.from({ length: 10 }, (_, i) => mail(i, `brand${i}`, i * gap))
    expect(findWaves(mails).size).toBe(0)
  })

  it('keeps two bursts a day apart as two waves', () => {
    const first = Array.from({ length: 6 }, (_, i) => mail(i, `brand${i}`, i))
    const second = Array.from({ length: 6 }, (_, i) => mail(10 + i, `brand${i}`, 24 * 60 + i))
    const ids = new Set(findWaves([...first, ...second]).values())
    expect(ids.size).toBe(2)
  })
})
