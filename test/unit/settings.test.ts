import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings.ts'

describe('settings', () => {
  it('falls back to the defaults for a missing or damaged item', () => {
    for (const value of [undefined, null, 'x', 42, []])
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps valid fields and replaces invalid ones field by field', () => {
    const settings = parseSettings({
      version: 1,
      thresholds: { waveMinBrands: 6, waveWindowMs: 'soon' },
      notifications: 'yes',
      disabledAccounts: ['gmail:work@example.com', 7, null],
    })
    expect(settings.thresholds.waveMinBrands).toBe(6)
    expect(settings.thresholds.waveWindowMs).toBe(DEFAULT_SETTINGS.thresholds.waveWindowMs)
    expect(settings.notifications).toBe(true)
    expect(settings.disabledAccounts).toEqual(['gmail:work@example.com'])
  })
})
