// The automatic label on fake-indexeddb: each relay mail is labelled once, through the account's
// tab and the action log; a page sending the same mails again, or a second tab, labels nothing
// twice (a second press would take Gmail's label or Outlook's category off again).
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MailRow } from '../../src/core/types.ts'
import type * as AutoLabel from '../../src/background/auto-label.ts'
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings.ts'
import { NOW, PAGE, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
// The real automatic label, watched: the ingest handler decides synchronously whether to start it.
vi.mock('../../src/background/auto-label.ts', async (original) => {
  const real = await original<typeof AutoLabel>()
  return { ...real, autoLabelRelay: vi.fn(real.autoLabelRelay) }
})
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { autoLabelRelay } = await import('../../src/background/auto-label.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

const colleague: MailRow = {
  account: 'gmail:me',
  id: 'c1',
  senderName: 'Colleague',
  senderAddress: 'colleague@example.org',
  subject: 'Project notes',
  snippet: 'See you next week',
  date: NOW - 5 * 60_000,
  unread: false,
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  session.tabsByAccount = undefined
  platform.sendToTab.mockReset()
  // The tab labels whatever it is asked to.
  platform.sendToTab.mockImplementation(async (_tab: number, message: unknown) => {
    const { payload } = message as { payload: { ids: string[] } }
    return { results: Object.fromEntries(payload.ids.map((id) => [id, 'done'])) }
  })
})

function labelRequests(): string[][] {
  return platform.sendToTab.mock.calls.flatMap(([, message]) => {
    const { type, payload } = message as {
      type: string
      payload: { action: string; ids: string[] }
    }
    return type === 'actions.run' && payload.action === 'label' ? [[...payload.ids].sort()] : []
  })
}

async function handlersWith(autoLabel: boolean) {
  const db = await openDatabase()
  let now = NOW
  const settings = { ...DEFAULT_SETTINGS, autoLabel }
  return {
    db,
    handlers: createHandlers(
      async () => db,
      () => now++,
      async () => settings,
    ),
  }
}

describe('automatic label', () => {
  it('is off unless the setting is exactly true', () => {
    expect(DEFAULT_SETTINGS.autoLabel).toBe(false)
    expect(parseSettings({ autoLabel: 'yes' }).autoLabel).toBe(false)
    expect(parseSettings({ autoLabel: true }).autoLabel).toBe(true)
  })

  it('labels the relay mails once, logged; the same mails again and ordinary mail get no label', async () => {
    const { handlers } = await handlersWith(true)
    const rows = [1, 2, 3, 4, 5, 6].map((i) => row(i))
    const answer = await handlers['rows.ingest']({ rows: [...rows, colleague] }, TAB)
    expect(answer.verdicts.t1!.verdict).toBe('relay')
    await vi.waitFor(() => expect(labelRequests()).toEqual([['t1', 't2', 't3', 't4', 't5', 't6']]))
    // The page sends the same list again (a re-render, a second tab): nothing is labelled twice.
    await handlers['rows.ingest']({ rows: [...rows, colleague] }, TAB)
    await handlers['rows.ingest']({ rows: [...rows, row(7)] }, { ...TAB, tabId: 8 })
    await vi.waitFor(() => expect(labelRequests()).toHaveLength(2))
    expect(labelRequests()[1]).toEqual(['t7'])
    // Both runs are in the action log, finished, with every mail labelled.
    await vi.waitFor(async () => {
      const { entries } = await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)
      expect(entries.map((entry) => [entry.action, entry.finishedAt !== null])).toEqual([
        ['label', true],
        ['label', true],
      ])
      expect(entries.flatMap((entry) => Object.values(entry.results))).toEqual(
        Array(7).fill('done'),
      )
    })
  })

  it('labels nothing twice after the worker restarts (the record is in storage, not only in memory)', async () => {
    const { db, handlers } = await handlersWith(true)
    const rows = [1, 2, 3, 4, 5, 6].map((i) => row(i))
    await handlers['rows.ingest']({ rows }, TAB)
    await vi.waitFor(() => expect(labelRequests()).toHaveLength(1))
    let now = NOW + 60_000
    const restarted = createHandlers(
      async () => db,
      () => now++,
      async () => ({ ...DEFAULT_SETTINGS, autoLabel: true }),
    )
    await restarted['rows.ingest']({ rows: [...rows, row(7)] }, TAB)
    await vi.waitFor(() => expect(labelRequests()).toHaveLength(2))
    expect(labelRequests()[1]).toEqual(['t7'])
  })

  it('asks no tab for anything when the setting is off', async () => {
    const { handlers } = await handlersWith(false)
    vi.mocked(autoLabelRelay).mockClear()
    await handlers['rows.ingest']({ rows: [1, 2, 3, 4, 5, 6].map((i) => row(i)) }, TAB)
    // The label would have been started before the handler answered: nothing was, nor asked.
    expect(autoLabelRelay).not.toHaveBeenCalled()
    expect(labelRequests()).toEqual([])
  })

  it('asks the page for an automatic action, left open until the page reports it done', async () => {
    const { handlers } = await handlersWith(true)
    // The user is typing in the tab: the page answers before it labelled anything.
    platform.sendToTab.mockImplementation(async () => ({ results: {} }))
    await handlers['rows.ingest']({ rows: [1, 2, 3, 4, 5, 6].map((i) => row(i)) }, TAB)
    await vi.waitFor(() => expect(labelRequests()).toHaveLength(1))
    const [, message] = platform.sendToTab.mock.calls[0]!
    expect(message).toMatchObject({ payload: { action: 'label', automatic: true } })
    // The worker has recorded the page's answer.
    await vi.mocked(autoLabelRelay).mock.results.at(-1)!.value
    const entry = async () =>
      (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries[0]!
    expect(await entry()).toMatchObject({ finishedAt: null })
    expect((await entry()).results).toEqual({})
    // Once the user is idle the page labels the mails and reports them: the action is complete.
    const { payload } = message as { payload: { actionId: string; ids: string[] } }
    const results = Object.fromEntries(payload.ids.map((id) => [id, 'done' as const]))
    const report = { account: 'gmail:me', actionId: payload.actionId, results, finished: true }
    await handlers['actions.progress'](report, TAB)
    expect(await entry()).toMatchObject({ results, finishedAt: expect.any(Number) })
  })
})
