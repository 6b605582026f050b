// Without storage the worker judges each batch against the rows of its own life, bounded per
// account (background/memory-history.ts). A company it once saw in a wave stays a wave's company
// after the bound has dropped that wave's rows (core/wave/known-sender.ts).
import { describe, expect, it } from 'vitest'
import { MemoryHistory, MEMORY_ROWS_PER_ACCOUNT } from '../../src/background/memory-history.ts'
import { DEFAULT_THRESHOLDS } from '../../src/core/wave/thresholds.ts'
import type { MailRow } from '../../src/core/types.ts'

const NOW = Date.UTC(2026, 10, 22, 12)
const DAY = 86_400_000
const context = { thresholds: DEFAULT_THRESHOLDS, allowedBrands: [] }

function ack(i: number, days: number): MailRow {
  return {
    account: 'gmail:me',
    id: `t${i}-${days}`,
    senderName: `Brand ${i}`,
    senderAddress: `support@brand${i}.zendesk.com`,
    subject: `[Request received] FREE NITRO ${i}`,
    snippet: 'Your request (1) has been received',
    date: NOW + days * DAY + i * 60_000,
    unread: true,
  }
}

function closing(i: number, days: number): MailRow {
  return {
    ...ack(i, days),
    id: `closed${i}`,
    subject: `Closing your ticket ${7000 + i}`,
    snippet: 'We closed this ticket as we could not find anything to do.',
    date: NOW + days * DAY + i * 3_600_000,
  }
}

function ordinary(n: number, days: number): MailRow {
  return {
    account: 'gmail:me',
    id: `o${n}`,
    senderName: 'Ann Example',
    senderAddress: 'ann@example.org',
    subject: `Notes ${n}`,
    snippet: 'See you on Friday.',
    date: NOW + days * DAY + n * 1_000,
    unread: false,
  }
}

describe('the worker without storage', () => {
  it('keeps a company of an earlier wave in the next one after its rows were dropped', () => {
    const memory = new MemoryHistory()
    const brands = [1, 2, 3, 4, 5, 6]
    const first = memory.classify(
      brands.map((i) => ack(i, 0)),
      context,
    )
    expect(Object.values(first).every((v) => v.verdict === 'relay')).toBe(true)
    const filler = Array.from({ length: MEMORY_ROWS_PER_ACCOUNT }, (_, n) => ordinary(n, 1))
    memory.classify(filler, context)
    memory.classify(
      brands.map((i) => closing(i, 3)),
      context,
    )
    const next = memory.classify(
      brands.map((i) => ack(i, 3.5)),
      context,
    )
    expect(Object.values(next).map((v) => v.verdict)).toEqual(brands.map(() => 'relay'))
  })
})
