import { describe, expect, it } from 'vitest'
import {
  badgeText,
  CURRENT_WAVE_MS,
  NOTIFY_MIN_GAP_MS,
  waveToNotify,
} from '../../src/background/alerts.ts'
import type { StoredWave } from '../../src/storage/schema.ts'

const NOW = Date.UTC(2026, 10, 22, 12)
const wave = (id: string, end: number, over: Partial<StoredWave> = {}): StoredWave => ({
  account: 'gmail:me',
  id,
  start: end - 600_000,
  end,
  mails: 41,
  brands: {},
  topPayloads: [],
  rules: [],
  notifiedAt: null,
  updatedAt: NOW,
  ...over,
})

describe('badge and notification decisions', () => {
  it('show the size of the wave under way and nothing for a wave that is over', () => {
    expect(badgeText([wave('now', NOW - 60_000)], NOW)).toBe('41')
    expect(badgeText([wave('old', NOW - CURRENT_WAVE_MS - 1)], NOW)).toBe('')
    expect(badgeText([wave('big', NOW, { mails: 5_000 })], NOW)).toBe('999+')
  })

  it('does not treat a wave from last month, seen only now, as under way', () => {
    const lastMonth = NOW - 30 * 86_400_000
    expect(waveToNotify([wave('scrolled', lastMonth)], NOW)).toBeNull()
  })

  it('notifies once per wave, and not twice within the minimum gap', () => {
    expect(waveToNotify([wave('w', NOW)], NOW)?.id).toBe('w')
    expect(waveToNotify([wave('w', NOW, { notifiedAt: NOW - 1 })], NOW)).toBeNull()
    const other = wave('told', NOW - 1_000, { notifiedAt: NOW - NOTIFY_MIN_GAP_MS + 1 })
    expect(waveToNotify([wave('new', NOW), other], NOW)).toBeNull()
  })
})
