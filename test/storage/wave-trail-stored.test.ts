// What a wave leaves behind (core/wave/trail.ts), in the extension: the reminder a company of the
// wave sends two days later arrives in a batch judged against a few hours of stored rows, which
// hold none of the wave; the wave comes from the stored waves (storage/batch-repo.ts pastWaves),
// and the reminder is stored as that wave's.
// fake-indexeddb, the platform replaced.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import type { MailRow } from '../../src/core/types.ts'
import { NOW, TAB, helpdeskRow } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const { session } = await import('../support/fake-platform.ts')
const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

const DAY = 24 * 60 * 60_000

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  for (const key of Object.keys(session)) delete session[key]
})

/** A company of the wave (helpdeskRow) writing `days` after it, from the same helpdesk. */
function reminder(i: number, days: number): MailRow {
  return {
    account: 'gmail:me',
    id: `reminder${i}-${days}`,
    senderName: `Brand ${i}`,
    senderAddress: `support@brand${i}.zendesk.com`,
    subject: 'We are still waiting for your reply',
    snippet:
      'Your request (1) is waiting for your reply. It will be closed if we do not hear back.',
    date: NOW + days * DAY,
    unread: true,
  }
}

async function handlersAt(clock: { now: number }) {
  const db = await openDatabase()
  const handlers = createHandlers(
    async () => db,
    () => clock.now,
    async () => parseSettings({}),
  )
  return { db, handlers }
}

describe('a company of a stored wave writing days later', () => {
  it('is stored as that wave’s', async () => {
    const clock = { now: NOW }
    const { db, handlers } = await handlersAt(clock)
    const wave = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => helpdeskRow(i))
    const first = await handlers['rows.ingest']({ rows: wave }, TAB)
    const waveId = first.verdicts.t3!.waveId
    expect(waveId).toBeTruthy()
    clock.now = NOW + 2 * DAY
    const later = await handlers['rows.ingest']({ rows: [reminder(3, 2), reminder(42, 2)] }, TAB)
    expect(later.verdicts['reminder3-2']).toMatchObject({ verdict: 'relay', waveId })
    expect(later.verdicts['reminder3-2']!.reasons).toContain('wave-trail')
    // A company the wave did not take in keeps its mail.
    expect(later.verdicts['reminder42-2']!.verdict).toBe('clean')
    const stored = await db.getAll('messageDays')
    const row = stored.flatMap((day) => day.rows).find((r) => r.id === 'reminder3-2')
    expect(row?.verdict).toBe('relay')
  })

  it('is not when the company confirmed on days before its wave (brand statistics)', async () => {
    const clock = { now: NOW - 5 * DAY }
    const { handlers } = await handlersAt(clock)
    // The person's own requests to Brand 3, one on each of three earlier days.
    for (const day of [-5, -4, -3]) {
      clock.now = NOW + day * DAY
      const own = {
        ...reminder(3, day),
        id: `own${day}`,
        subject: 'Your request (7) has been received',
      }
      await handlers['rows.ingest']({ rows: [own] }, TAB)
    }
    clock.now = NOW
    await handlers['rows.ingest'](
      { rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => helpdeskRow(i)) },
      TAB,
    )
    clock.now = NOW + 2 * DAY
    const later = await handlers['rows.ingest']({ rows: [reminder(3, 2)] }, TAB)
    expect(later.verdicts['reminder3-2']!.verdict).toBe('clean')
  })

  it('is not when the company confirmed hours before its wave on the same day', async () => {
    const clock = { now: NOW - 6 * 60 * 60_000 }
    const { handlers } = await handlersAt(clock)
    const own = {
      ...reminder(3, 0),
      id: 'own-morning',
      date: clock.now,
      subject: 'Your request (7) has been received',
    }
    await handlers['rows.ingest']({ rows: [own] }, TAB)
    clock.now = NOW
    await handlers['rows.ingest'](
      { rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => helpdeskRow(i)) },
      TAB,
    )
    clock.now = NOW + 2 * DAY
    const later = await handlers['rows.ingest']({ rows: [reminder(3, 2)] }, TAB)
    expect(later.verdicts['reminder3-2']!.verdict).toBe('clean')
  })

  it('is not after the month a wave leaves a trail for', async () => {
    const clock = { now: NOW }
    const { handlers } = await handlersAt(clock)
    await handlers['rows.ingest'](
      { rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => helpdeskRow(i)) },
      TAB,
    )
    clock.now = NOW + 40 * DAY
    const later = await handlers['rows.ingest']({ rows: [reminder(3, 40)] }, TAB)
    expect(later.verdicts['reminder3-40']!.verdict).toBe('clean')
  })
})
