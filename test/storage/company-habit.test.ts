// A company whose confirmations are the inbox's everyday mail (core/wave/habit.ts), such as the
// helpdesk whose agent notices the person reads all day, stays out of a wave of other companies in
// the extension too: a batch is judged against a few hours of stored rows, and the days before
// come from the stored brand statistics (storage/brands-repo.ts companyDaysBefore).
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
const { companyDaysBefore } = await import('../../src/storage/brands-repo.ts')

const MINUTE = 60_000
/** Text an attacker typed into every form of a wave. */
const TYPED = '[Request received] Claim your FREE NITRO giveaway before midnight'
const DAY = 24 * 60 * MINUTE

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  for (const key of Object.keys(session)) delete session[key]
})

/** The person's own helpdesk telling them of a new ticket, `minutes` after `day`'s 09:00. */
function notice(day: number, minutes: number): MailRow {
  const date = NOW - 3 * 60 * MINUTE + day * DAY + minutes * MINUTE
  return {
    account: 'gmail:me',
    id: `notice-${day}-${minutes}`,
    senderName: 'Orvana Support',
    senderAddress: 'helpdesk@orvana.example',
    subject: `[Orvana] Your request #${4000 + minutes} has been received`,
    snippet: 'Your request has been received. Our team will reply as soon as possible.',
    date,
    unread: false,
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

describe('a company that confirms every day', () => {
  it('stays out of today’s wave, its earlier days known from the brand statistics', async () => {
    const clock = { now: NOW - 4 * DAY }
    const { handlers } = await handlersAt(clock)
    for (const day of [-3, -2, -1]) {
      clock.now = NOW + day * DAY
      await handlers['rows.ingest']({ rows: [0, 20, 40, 60].map((m) => notice(day, m)) }, TAB)
    }
    clock.now = NOW
    // Two of its notices within minutes, among six companies' relay acknowledgements.
    const today = [notice(0, 173), notice(0, 178)]
    const wave = [1, 2, 3, 4, 5, 6].map((i) => helpdeskRow(i))
    const judged = await handlers['rows.ingest']({ rows: [...wave, ...today] }, TAB)
    expect(wave.map((row) => judged.verdicts[row.id]!.verdict)).toEqual(wave.map(() => 'relay'))
    expect(today.map((row) => judged.verdicts[row.id]!.verdict)).toEqual(['clean', 'clean'])
  })

  it('gains nothing from its habit once a stored wave took it in, its rows out of the span', async () => {
    const clock = { now: NOW - 7 * DAY }
    const { handlers } = await handlersAt(clock)
    for (const day of [-6, -5, -4]) {
      clock.now = NOW + day * DAY
      await handlers['rows.ingest']({ rows: [0, 20, 40, 60].map((m) => notice(day, m)) }, TAB)
    }
    // Two days ago a wave's typed-in text came through its form too.
    clock.now = NOW - 2 * DAY
    const earlier = [1, 2, 3, 4, 5, 6].map((i) => {
      const row = helpdeskRow(i)
      return {
        ...row,
        id: `old-${row.id}`,
        subject: TYPED,
        date: NOW - 2 * DAY - (10 - i) * MINUTE,
      }
    })
    const typed = { ...notice(-2, 173), subject: TYPED }
    const before = await handlers['rows.ingest']({ rows: [...earlier, typed] }, TAB)
    expect(before.verdicts[typed.id]!.verdict).toBe('relay')
    clock.now = NOW
    const today = [notice(0, 173), notice(0, 178)]
    const wave = [1, 2, 3, 4, 5, 6].map((i) => helpdeskRow(i))
    const judged = await handlers['rows.ingest']({ rows: [...wave, ...today] }, TAB)
    expect(today.map((row) => judged.verdicts[row.id]!.verdict)).toEqual(['relay', 'relay'])
  })

  it('stays out when the batch also holds an old row of another kind', async () => {
    // The page sends a twelve-day-old newsletter with today's rows: the month read for the habit
    // follows the span the rules replay, not the oldest row.
    const clock = { now: NOW - 4 * DAY }
    const { handlers } = await handlersAt(clock)
    for (const day of [-3, -2, -1]) {
      clock.now = NOW + day * DAY
      await handlers['rows.ingest']({ rows: [0, 20, 40, 60].map((m) => notice(day, m)) }, TAB)
    }
    clock.now = NOW
    const old: MailRow = {
      account: 'gmail:me',
      id: 'old-newsletter',
      senderName: 'Garden Weekly',
      senderAddress: 'news@gardenweekly.example',
      subject: 'Ten bulbs to plant before the frost',
      snippet: 'This week in the garden.',
      date: NOW - 12 * DAY,
      unread: false,
    }
    const today = [notice(0, 173), notice(0, 178)]
    const wave = [1, 2, 3, 4, 5, 6].map((i) => helpdeskRow(i))
    const judged = await handlers['rows.ingest']({ rows: [old, ...wave, ...today] }, TAB)
    expect(today.map((row) => judged.verdicts[row.id]!.verdict)).toEqual(['clean', 'clean'])
  })

  it('is the wave’s when its earlier mail was once a day', async () => {
    const clock = { now: NOW - 4 * DAY }
    const { handlers } = await handlersAt(clock)
    for (const day of [-3, -2, -1]) {
      clock.now = NOW + day * DAY
      await handlers['rows.ingest']({ rows: [notice(day, 0)] }, TAB)
    }
    clock.now = NOW
    const today = [notice(0, 173), notice(0, 178)]
    const wave = [1, 2, 3, 4, 5, 6].map((i) => helpdeskRow(i))
    const judged = await handlers['rows.ingest']({ rows: [...wave, ...today] }, TAB)
    expect(judged.verdicts[today[1]!.id]!.verdict).toBe('relay')
  })
})

describe('companyDaysBefore', () => {
  it('reads the month before a day, oldest first, and no day from the day on', async () => {
    const clock = { now: NOW }
    const { db, handlers } = await handlersAt(clock)
    for (const day of [-40, -2, -1, 0]) {
      clock.now = NOW + day * DAY
      await handlers['rows.ingest']({ rows: [notice(day, 0), notice(day, 5)] }, TAB)
    }
    const today = Math.floor(NOW / DAY)
    const days = await companyDaysBefore(db.transaction('brandDays').store, 'gmail:me', today)
    // With the date of each day's first notice (core trail.ts).
    expect(days).toEqual([
      { brand: 'orvana.example', day: today - 2, mails: 2, first: notice(-2, 0).date },
      { brand: 'orvana.example', day: today - 1, mails: 2, first: notice(-1, 0).date },
    ])
    expect(
      await companyDaysBefore(db.transaction('brandDays').store, 'gmail:other', today),
    ).toEqual([])
  })
})
