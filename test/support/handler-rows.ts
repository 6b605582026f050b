// What the worker's request handlers are tested with: one clock, the two kinds of sender, and
// relay acknowledgements from six companies a minute apart (a fast wave).
import type { MailRow } from '../../src/core/types.ts'

export const NOW = Date.UTC(2026, 10, 22, 12)
export const TAB = { kind: 'content-script' as const, tabId: 7 }
export const PAGE = { kind: 'extension-page' as const, tabId: null }

/** Brand i's helpdesk acknowledging a request; i = 1..6 fall inside one ten-minute wave. */
export function helpdeskRow(i: number, account = 'gmail:me'): MailRow {
  return {
    account,
    id: `t${i}`,
    senderName: `Brand ${i}`,
    senderAddress: `support@brand${i}.zendesk.com`,
    subject: `[Request received] FREE NITRO ${i}`,
    snippet: 'Your request (1) has been received',
    date: NOW - 10 * 60_000 + i * 60_000,
    unread: true,
  }
}
