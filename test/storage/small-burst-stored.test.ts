// A small burst in the extension (core/wave/small-burst.ts): four sign-up confirmations within
// minutes are stored as a wave's; the next mail the page shows, hours later and of any kind,
// reads them back (background/small-bursts.ts burstReach), and the wave is given up: its stored
// mails become suspect, the page is told, and the popup has no wave to show.
// fake-indexeddb, the platform replaced.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import type { MailRow } from '../../src/core/types.ts'
import { NOW, TAB } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const { session } = await import('../support/fake-platform.ts')
const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

const MINUTE = 60_000

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  for (const key of Object.keys(session)) delete session[key]
})

/** Company i asking to verify the address, 2 minutes apart from NOW. */
function signUp(i: number): MailRow {
  return {
    account: 'gmail:me',
    id: `verify${i}`,
    senderName: `Newco ${i}`,
    senderAddress: `no-reply@newco${i}.example`,
    subject: 'Please verify your email address',
    snippet: `Thanks for signing up to Newco ${i}! Confirm your email address to activate your account.`,
    date: NOW + i * 2 * MINUTE,
    unread: true,
  }
}

function friend(minutes: number): MailRow {
  return {
    account: 'gmail:me',
    id: `friend${minutes}`,
    senderName: 'Ana Ruiz',
    senderAddress: 'ana.ruiz@mail.example',
    subject: 'Lunch on Friday?',
    snippet: 'Are you free on Friday around one?',
    date: NOW + minutes * MINUTE,
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

async function storedRow(db: Awaited<ReturnType<typeof openDatabase>>, id: string) {
  const days = await db.getAll('messageDays')
  return days.flatMap((day) => day.rows).find((row) => row.id === id)
}

describe('a wave of four sign-ups that stopped there', () => {
  it('is given up when a later mail comes: stored suspect, the page told, no wave kept', async () => {
    const clock = { now: NOW + 10 * MINUTE }
    const { db, handlers } = await handlersAt(clock)
    const burst = await handlers['rows.ingest']({ rows: [0, 1, 2, 3].map(signUp) }, TAB)
    expect(burst.verdicts.verify3!.verdict).toBe('relay')
    expect(await db.getAll('waves')).toHaveLength(1)

    clock.now = NOW + 420 * MINUTE
    const later = await handlers['rows.ingest']({ rows: [friend(420)] }, TAB)
    expect(later.verdicts.friend420!.verdict).toBe('clean')
    for (const id of ['verify0', 'verify1', 'verify2', 'verify3']) {
      expect(later.verdicts[id]).toMatchObject({ verdict: 'suspect', waveId: null })
      expect(later.verdicts[id]!.reasons).toContain('small-burst')
      expect((await storedRow(db, id))?.verdict).toBe('suspect')
    }
    expect(await db.getAll('waves')).toEqual([])
  })

  it('is a wave again, without the small burst’s reason, when more of it comes later', async () => {
    const clock = { now: NOW + 10 * MINUTE }
    const { handlers } = await handlersAt(clock)
    await handlers['rows.ingest']({ rows: [0, 1, 2, 3].map(signUp) }, TAB)
    clock.now = NOW + 420 * MINUTE
    await handlers['rows.ingest']({ rows: [friend(420)] }, TAB)
    // The rest of the wave, listed late (another tab of the inbox).
    const rest = [4, 5, 6, 7, 8, 9].map(signUp)
    const grown = await handlers['rows.ingest']({ rows: rest }, TAB)
    const first = grown.verdicts.verify0!
    expect(first.verdict).toBe('relay')
    expect(first.reasons).not.toContain('small-burst')
  })

  it('is kept when the attack goes on after a pause, however the batches come', async () => {
    const clock = { now: NOW + 10 * MINUTE }
    const { db, handlers } = await handlersAt(clock)
    await handlers['rows.ingest']({ rows: [0, 1, 2, 3].map(signUp) }, TAB)
    clock.now = NOW + 50 * MINUTE
    await handlers['rows.ingest']({ rows: [friend(50)] }, TAB)
    clock.now = NOW + 80 * MINUTE
    const more = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((i) => ({
      ...signUp(i),
      date: NOW + (60 + i - 10) * MINUTE,
    }))
    await handlers['rows.ingest']({ rows: more }, TAB)
    clock.now = NOW + 420 * MINUTE
    await handlers['rows.ingest']({ rows: [friend(420)] }, TAB)
    expect((await storedRow(db, 'verify0'))?.verdict).toBe('relay')
  })

  it('is kept while the next mail comes within the join gap', async () => {
    const clock = { now: NOW + 10 * MINUTE }
    const { db, handlers } = await handlersAt(clock)
    await handlers['rows.ingest']({ rows: [0, 1, 2, 3].map(signUp) }, TAB)
    clock.now = NOW + 20 * MINUTE
    await handlers['rows.ingest']({ rows: [friend(20)] }, TAB)
    expect((await storedRow(db, 'verify0'))?.verdict).toBe('relay')
    expect(await db.getAll('waves')).toHaveLength(1)
  })
})
