import { describe, expect, it } from 'vitest'
import {
  applyPolicy,
  DEFAULT_SETTINGS,
  emptyPolicy,
  parsePolicy,
  parseSettings,
} from '../../src/core/settings.ts'

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

  it('keeps a retention only from the offered choices, and never takes policy fields from the user item', () => {
    expect(parseSettings({ retentionDays: 90 }).retentionDays).toBe(90)
    expect(parseSettings({ retentionDays: 3 }).retentionDays).toBe(30)
    const own = parseSettings({ reportingAllowed: false, allowedBrands: ['evil.example'] })
    expect(own.reportingAllowed).toBe(true)
    expect(own.allowedBrands).toEqual([])
  })
})

describe('enterprise policy', () => {
  it('takes only valid fields, and lets every field it sets win over the user', () => {
    const policy = parsePolicy({
      thresholds: { waveMinBrands: 9, waveWindowMs: -5, unknown: 3 },
      allowedBrands: ['Example.COM', 42],
      reportingAllowed: false,
      notifications: 'no',
      retentionDays: 12,
    })
    expect(policy).toEqual({
      thresholds: { waveMinBrands: 9 },
      allowedBrands: ['example.com'],
      reportingAllowed: false,
      notifications: null,
      retentionDays: null,
    })
    const own = parseSettings({
      thresholds: { waveMinBrands: 5, waveWindowMs: 600_000 },
      notifications: false,
    })
    const effective = applyPolicy(own, policy)
    expect(effective.thresholds.waveMinBrands).toBe(9)
    expect(effective.thresholds.waveWindowMs).toBe(600_000)
    expect(effective.notifications).toBe(false)
    expect(effective.reportingAllowed).toBe(false)
    expect(effective.allowedBrands).toEqual(['example.com'])
  })

  it('is empty when nothing (or nothing valid) is set', () => {
    for (const value of [undefined, {}, { thresholds: 'x', notifications: 3 }])
      expect(emptyPolicy(parsePolicy(value))).toBe(true)
    expect(emptyPolicy(parsePolicy({ reportingAllowed: true }))).toBe(false)
  })
})
