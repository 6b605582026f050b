// The page UI's requests to the worker, on fake-indexeddb: the banner's figures, "trust this
// ticket", "I opened a ticket with X", and cleanup actions with their log.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NOW, TAB, PAGE, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

const wave = [1, 2, 3, 4, 5, 6].map((i) => row(i))

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  session.tabsByAccount = undefined
  platform.sendToTab.mockReset()
})

async function setup() {
  const db = await openDatabase()
  let now = NOW
  const handlers = createHandlers(
    async () => db,
    () => now++,
  )
  const answer = await handlers['rows.ingest']({ rows: wave }, TAB)
  const waveId = answer.verdicts.t1!.waveId!
  return { db, handlers, waveId }
}

describe('wave requests from the page', () => {
  it("describe a message's wave for the banner in people's words", async () => {
    const { handlers } = await setup()
    const { wave: facts } = await handlers['wave.describe']({ account: 'gmail:me', id: 't2' }, TAB)
    expect(facts).toEqual({ mails: 6, brands: 6, minutes: 5, brand: 'brand2' })
    expect(
      (await handlers['wave.describe']({ account: 'gmail:me', id: 'nope' }, TAB)).wave,
    ).toBeNull()
  })

  it('trust a message: clean from then on, also when the page sends it again', async () => {
    const { handlers } = await setup()
    const trusted = await handlers['message.trust']({ account: 'gmail:me', id: 't3' }, TAB)
    expect(trusted.verdict).toMatchObject({ verdict: 'clean', reasons: ['user-trusted'] })
    // The asking tab (7, the only one showing the account) applies the answer itself.
    expect(platform.sendToTab).not.toHaveBeenCalled()
    const again = await handlers['rows.ingest']({ rows: wave }, TAB)
    expect(again.verdicts.t3).toMatchObject({
      verdict: 'clean',
      reasons: expect.arrayContaining(['user-trusted']),
    })
    expect(again.verdicts.t4!.verdict).toBe('relay')
  })

  it('expect a ticket with one company: its acknowledgement is not relay, the others are', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    await handlers['ticket.expect'](
      { account: 'gmail:me', brand: 'brand2.zendesk.com', until: NOW + 86_400_000 },
      PAGE,
    )
    const answer = await handlers['rows.ingest']({ rows: wave }, TAB)
    expect(answer.verdicts.t2).toMatchObject({
      verdict: 'clean',
      reasons: expect.arrayContaining(['expected-ticket']),
    })
    expect(answer.verdicts.t3!.verdict).toBe('relay')
  })
})

describe('cleanup actions', () => {
  it('run in the account tab and are logged with each message result', async () => {
    const { handlers, waveId } = await setup()
    platform.sendToTab.mockImplementation(async (_tab, message) => {
      const { ids } = (message as { payload: { ids: string[] } }).payload
      return { results: Object.fromEntries(ids.map((id) => [id, id === 't6' ? 'failed' : 'done'])) }
    })
    const answer = await handlers['wave.act'](
      { account: 'gmail:me', waveId, action: 'archive', confirmed: true },
      PAGE,
    )
    expect(answer.tabId).toBe(7)
    expect(platform.sendToTab).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'actions.run' }),
    )
    expect(Object.values(answer.results).filter((r) => r === 'done')).toHaveLength(5)
    const [entry] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
    expect(entry).toMatchObject({
      action: 'archive',
      waveId,
      results: answer.results,
      undoneAt: null,
    })
    expect(entry!.ids.sort()).toEqual(['t1', 't2', 't3', 't4', 't5', 't6'])
    expect(entry!.finishedAt).not.toBeNull()
  })

  it('report every message not found when no tab shows the account, and still log it', async () => {
    const { handlers, waveId } = await setup()
    platform.sendToTab.mockRejectedValue(new Error('Could not establish connection'))
    const answer = await handlers['wave.act'](
      { account: 'gmail:me', waveId, action: 'hide', confirmed: false },
      PAGE,
    )
    expect(answer.tabId).toBeNull()
    expect(new Set(Object.values(answer.results))).toEqual(new Set(['not-found']))
    expect((await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries).toHaveLength(
      1,
    )
  })

  it('leave an action cut short visible as unfinished, with the ids it was to process', async () => {
    const { db, handlers, waveId } = await setup()
    platform.sendToTab.mockImplementation(() => new Promise(() => {})) // the worker dies meanwhile
    void handlers['wave.act'](
      { account: 'gmail:me', waveId, action: 'archive', confirmed: true },
      PAGE,
    )
    await vi.waitFor(async () => expect(await db.count('actions')).toBe(1))
    const [entry] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
    expect(entry).toMatchObject({ finishedAt: null, results: {} })
    expect(entry!.ids).toHaveLength(6)
  })

  it('complete the log from the page reports of an action the worker stopped waiting for', async () => {
    const { handlers, waveId } = await setup()
    platform.sendToTab.mockImplementation(() => new Promise(() => {})) // the worker dies meanwhile
    void handlers['wave.act'](
      { account: 'gmail:me', waveId, action: 'archive', confirmed: true },
      PAGE,
    )
    const entry = await vi.waitFor(async () => {
      const [found] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
      expect(found).toBeDefined()
      return found!
    })
    const progress = (results: Record<string, 'done' | 'failed'>, finished: boolean) =>
      handlers['actions.progress'](
        { account: 'gmail:me', actionId: entry.id, results, finished },
        TAB,
      )
    expect(await progress({ t1: 'done', t2: 'done' }, false)).toEqual({ recorded: 2 })
    // Reports come again or late; ids the action was not asked to touch are not taken.
    expect(await progress({ t1: 'done', t9: 'done' }, false)).toEqual({ recorded: 2 })
    expect(
      await progress(
        { t1: 'done', t2: 'done', t3: 'done', t4: 'done', t5: 'done', t6: 'failed' },
        true,
      ),
    ).toEqual({ recorded: 6 })
    const [logged] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
    expect(logged!.results).toEqual({
      t1: 'done',
      t2: 'done',
      t3: 'done',
      t4: 'done',
      t5: 'done',
      t6: 'failed',
    })
    expect(logged!.finishedAt).not.toBeNull()
    expect(
      (
        await handlers['actions.progress'](
          { account: 'gmail:me', actionId: 'unknown', results: {}, finished: true },
          TAB,
        )
      ).recorded,
    ).toBe(-1)
  })

  it('undo a hide by showing the messages it hid, once', async () => {
    const { handlers, waveId } = await setup()
    platform.sendToTab.mockImplementation(async (_tab, message) => {
      const { ids } = (message as { payload: { ids: string[] } }).payload
      return {
        results: Object.fromEntries(ids.map((id) => [id, id === 't2' ? 'not-found' : 'done'])),
      }
    })
    await handlers['wave.act'](
      { account: 'gmail:me', waveId, action: 'hide', confirmed: true },
      PAGE,
    )
    const [hidden] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
    const undo = await handlers['actions.undo']({ account: 'gmail:me', actionId: hidden!.id }, PAGE)
    expect(undo.undoable).toBe(true)
    const sent = platform.sendToTab.mock.calls.at(-1)![1] as {
      payload: { action: string; ids: string[] }
    }
    expect(sent.payload.action).toBe('unhide')
    expect(sent.payload.ids.sort()).toEqual(['t1', 't3', 't4', 't5', 't6'])
    expect(
      (await handlers['actions.undo']({ account: 'gmail:me', actionId: hidden!.id }, PAGE))
        .undoable,
    ).toBe(false)
    const [undoEntry, undone] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE))
      .entries
    expect(undone!.undoneAt).not.toBeNull()
    expect(undoEntry).toMatchObject({ action: 'unhide', waveId, finishedAt: expect.any(Number) })
  })

  it('undo an archive: the page is asked to move back the mails it archived, with their dates', async () => {
    const { handlers, waveId } = await setup()
    // The page archives t1 and t2; the rest of the wave is not in it.
    const outcome = { current: 'done' }
    platform.sendToTab.mockImplementation(async (_tab, message) => {
      const { ids } = (message as { payload: { ids: string[] } }).payload
      const here = (id: string) => id === 't1' || id === 't2'
      return {
        results: Object.fromEntries(
          ids.map((id) => [id, here(id) ? outcome.current : 'not-found']),
        ),
      }
    })
    await handlers['wave.act'](
      { account: 'gmail:me', waveId, action: 'archive', confirmed: true },
      PAGE,
    )
    const [archived] = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
    // Nothing found where the archive put them (the user moved them already): not undone.
    outcome.current = 'not-found'
    const missed = await handlers['actions.undo'](
      { account: 'gmail:me', actionId: archived!.id },
      PAGE,
    )
    expect(Object.values(missed.results)).toEqual(['not-found', 'not-found'])
    expect(
      (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries[1]!.undoneAt,
    ).toBeNull()
    outcome.current = 'done'
    const undo = await handlers['actions.undo'](
      { account: 'gmail:me', actionId: archived!.id },
      PAGE,
    )
    expect(Object.values(undo.results)).toEqual(['done', 'done'])
    const sent = platform.sendToTab.mock.calls.at(-1)![1] as {
      payload: { action: string; ids: string[]; dates: Record<string, number> }
    }
    expect(sent.payload.action).toBe('unarchive')
    expect(sent.payload.ids.sort()).toEqual(['t1', 't2'])
    const stored = wave.filter((mail) => mail.id === 't1' || mail.id === 't2')
    expect(sent.payload.dates).toEqual(
      Object.fromEntries(stored.map((mail) => [mail.id, mail.date])),
    )
    const entries = (await handlers['actions.recent']({ account: 'gmail:me' }, PAGE)).entries
    expect(entries.map((entry) => entry.action)).toEqual(['unarchive', 'unarchive', 'archive'])
    expect(entries[2]!.undoneAt).not.toBeNull()
    // An undo is not undone in turn.
    expect(
      (await handlers['actions.undo']({ account: 'gmail:me', actionId: entries[0]!.id }, PAGE))
        .undoable,
    ).toBe(false)
  })
})
