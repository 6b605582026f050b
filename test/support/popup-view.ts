// A popup view of a wave for popup tests: `mails` relay mails spread over `brands` companies.
import type { PopupView, ResponseOf } from '../../src/messaging/protocol.ts'

export const VIEW_NOW = Date.UTC(2026, 10, 22, 12)

export function waveView(mails: number, brands: number): PopupView {
  const start = VIEW_NOW - 40 * 60_000
  const groups = Array.from({ length: brands }, (_, b) => {
    const count = Math.floor(mails / brands) + (b < mails % brands ? 1 : 0)
    return {
      brand: `brand${b}.zendesk.com`,
      mails: count,
      first: start + b * 1_000,
      last: start + b * 1_000 + 60_000,
      samples: [b === 0 ? '=HYPERLINK("http://evil.example")' : `FREE NITRO ${b}`],
      reasons: ['helpdesk-subject' as const, 'cross-brand-wave' as const],
      ids: Array.from({ length: count }, (_, i) => `b${b}-m${i}`),
    }
  })
  // 1-minute bars from 50 minutes ago to now: the wave is bars 10 to 45.
  const helpdesk = new Array<number>(50).fill(0)
  for (let bar = 10; bar < 45; bar++) helpdesk[bar] = Math.floor(mails / 35)
  helpdesk[10]! += mails % 35
  return {
    account: 'gmail:me@example.com',
    status: 'under-way',
    wave: {
      id: 'w1',
      start,
      end: VIEW_NOW - 5 * 60_000,
      mails,
      rules: ['cross-brand-wave'],
      brands: groups,
      places: [],
    },
    timeline: {
      start: VIEW_NOW - 50 * 60_000,
      bucketMs: 60_000,
      helpdesk,
      other: new Array<number>(50).fill(0).map((_, bar) => (bar % 10 === 0 ? 1 : 0)),
      wave: { from: start, to: VIEW_NOW - 5 * 60_000 },
      pinned: [VIEW_NOW - 20 * 60_000],
    },
    important: [
      {
        id: 'pw',
        kind: 'account-security',
        senderDomain: 'accounts.example.com',
        payload: 'Your password was changed',
        date: VIEW_NOW - 20 * 60_000,
      },
    ],
  }
}

export function viewAnswer(view: PopupView | null): ResponseOf<'popup.view'> {
  return { accounts: view ? [view.account] : [], view, actions: [] }
}
