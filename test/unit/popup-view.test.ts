// The popup's view of an account: status, timeline buckets, brand groups and pinned mail.
import { describe, expect, it } from 'vitest'
import {
  BUCKET_MS,
  popupView,
  TIMELINE_MS,
  type ViewRow,
  type ViewWave,
} from '../../src/core/popup-view.ts'

const NOW = Date.UTC(2026, 10, 22, 12)
const MINUTE = 60_000

function row(id: string, minutesAgo: number, extra: Partial<ViewRow> = {}): ViewRow {
  return {
    id,
    brand: 'discord.zendesk.com',
    senderDomain: 'discord.zendesk.com',
    payload: 'FREE NITRO',
    helpdesk: true,
    important: null,
    date: NOW - minutesAgo * MINUTE,
    verdict: 'relay',
    reasons: ['helpdesk-subject', 'cross-brand-wave'],
    waveId: 'w1',
    ...extra,
  }
}

const wave = (startAgo: number, endAgo: number): ViewWave => ({
  id: 'w1',
  start: NOW - startAgo * MINUTE,
  end: NOW - endAgo * MINUTE,
  mails: 3,
  rules: ['cross-brand-wave'],
})

describe('popup view', () => {
  it('is quiet without a wave, under way during one, over after it', () => {
    expect(popupView('a', null, [], NOW).status).toBe('quiet')
    expect(popupView('a', wave(30, 5), [], NOW).status).toBe('under-way')
    expect(popupView('a', wave(300, 200), [], NOW).status).toBe('over')
  })

  it('groups the wave by brand with counts, times, samples and reasons, busiest first', () => {
    const rows = [
      row('1', 20),
      row('2', 10, { payload: 'TAKE DOWN ORDERS' }),
      row('3', 15, { brand: 'nordvpn.zendesk.com', reasons: ['helpdesk-subject'] }),
      row('4', 12, { verdict: 'clean', waveId: null, helpdesk: false }),
    ]
    const view = popupView('a', wave(30, 5), rows, NOW)
    expect(view.wave!.brands).toEqual([
      {
        brand: 'discord.zendesk.com',
        mails: 2,
        first: NOW - 20 * MINUTE,
        last: NOW - 10 * MINUTE,
        samples: ['FREE NITRO', 'TAKE DOWN ORDERS'],
        reasons: ['helpdesk-subject', 'cross-brand-wave'],
        ids: ['1', '2'],
      },
      expect.objectContaining({ brand: 'nordvpn.zendesk.com', mails: 1, ids: ['3'] }),
    ])
  })

  it('counts helpdesk and other mail per 5 minutes over the last 24 hours, the wave marked', () => {
    const rows = [row('1', 2), row('2', 3), row('3', 4, { helpdesk: false }), row('old', 25 * 60)]
    const { timeline } = popupView('a', wave(30, 2), rows, NOW)
    expect(timeline.helpdesk).toHaveLength(TIMELINE_MS / BUCKET_MS)
    expect(timeline.start).toBe(NOW - TIMELINE_MS)
    expect(timeline.helpdesk.at(-1)).toBe(2)
    expect(timeline.other.at(-1)).toBe(1)
    expect(timeline.helpdesk.reduce((a, b) => a + b)).toBe(2) // the 25-hour-old mail is outside
    expect(timeline.wave).toEqual({ from: NOW - 30 * MINUTE, to: NOW - 2 * MINUTE })
  })

  it('shows an old wave on the chart of its own day, judged on the mails own dates', () => {
    const old = wave(40 * 24 * 60, 40 * 24 * 60 - 20)
    const view = popupView('a', old, [row('1', 40 * 24 * 60 - 10)], NOW)
    expect(view.timeline.start).toBeLessThan(old.start)
    expect(view.timeline.start + TIMELINE_MS).toBeGreaterThan(old.end)
    expect(view.timeline.helpdesk.reduce((a, b) => a + b)).toBe(1)
  })

  it('pins the important mail that arrived during the wave, newest first', () => {
    const rows = [
      row('pw', 10, { important: 'account-security', verdict: 'clean', waveId: null }),
      row('buy', 20, { important: 'purchase', verdict: 'clean', waveId: null }),
      row('before', 90, { important: 'purchase', verdict: 'clean', waveId: null }),
    ]
    const view = popupView('a', wave(30, 5), rows, NOW)
    expect(view.important.map((mail) => mail.id)).toEqual(['pw', 'buy'])
  })
})
