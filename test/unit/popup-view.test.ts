// The popup's view of an account: status, timeline buckets, brand groups and pinned mail.
import { describe, expect, it } from 'vitest'
import { popupView, type ViewRow, type ViewWave } from '../../src/core/views/popup-view.ts'
import { MAX_BUCKETS, MIN_CONTEXT_MS } from '../../src/core/views/timeline.ts'

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

  it('zooms the chart to the wave under way, with quiet time before it, up to now', () => {
    const rows = [row('1', 2), row('2', 3), row('3', 4, { helpdesk: false }), row('old', 25 * 60)]
    const { timeline } = popupView('a', wave(30, 2), rows, NOW)
    // 30 minutes of wave and 10 of context before it: 1-minute bars, never past now.
    expect(timeline.bucketMs).toBe(MINUTE)
    expect(timeline.start).toBe(NOW - 40 * MINUTE)
    expect(timeline.start + timeline.bucketMs * timeline.helpdesk.length).toBe(NOW + MINUTE)
    expect(timeline.helpdesk.reduce((a, b) => a + b)).toBe(2) // the 25-hour-old mail is outside
    expect(timeline.other.reduce((a, b) => a + b)).toBe(1)
    expect(timeline.wave).toEqual({ from: NOW - 30 * MINUTE, to: NOW - 2 * MINUTE })
  })

  it('shows an old wave on a chart of its own span, judged on the mails own dates', () => {
    const old = wave(40 * 24 * 60, 40 * 24 * 60 - 20)
    const view = popupView('a', old, [row('1', 40 * 24 * 60 - 10)], NOW)
    expect(view.timeline.start).toBeLessThanOrEqual(old.start - MIN_CONTEXT_MS)
    const end = view.timeline.start + view.timeline.bucketMs * view.timeline.helpdesk.length
    expect(end).toBeGreaterThanOrEqual(old.end + MIN_CONTEXT_MS)
    expect(end).toBeLessThan(old.end + 60 * MINUTE)
    expect(view.timeline.helpdesk.reduce((a, b) => a + b)).toBe(1)
  })

  it('keeps a long wave within the bar limit in round buckets, and the quiet day in half hours', () => {
    const long = popupView('a', wave(600, 300), [], NOW).timeline
    expect(long.helpdesk.length).toBeLessThanOrEqual(MAX_BUCKETS)
    expect(long.bucketMs % (5 * MINUTE)).toBe(0)
    const quiet = popupView('a', null, [], NOW).timeline
    expect(quiet.bucketMs).toBe(30 * MINUTE)
    expect(quiet.helpdesk).toHaveLength(48)
  })

  it('marks the pinned important mail on the chart', () => {
    const rows = [row('pw', 10, { important: 'account-security', verdict: 'clean', waveId: null })]
    expect(popupView('a', wave(30, 5), rows, NOW).timeline.pinned).toEqual([NOW - 10 * MINUTE])
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

  it('never pins a mail the wave took in, important words or not (they were its echo)', () => {
    const rows = [
      row('echo', 10, { important: 'payment' }),
      row('buy', 20, { important: 'purchase', verdict: 'clean', waveId: null }),
    ]
    expect(popupView('a', wave(30, 5), rows, NOW).important.map((mail) => mail.id)).toEqual(['buy'])
  })
})
