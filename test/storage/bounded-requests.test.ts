// What the worker sends a page stays within what the page accepts (src/messaging/limits.ts), and
// what a page answers is checked before the worker records it.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Verdict } from '../../src/core/types.ts'
import type { ContentEnvelope, ContentProtocol } from '../../src/messaging/protocol.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { runLoggedAction } = await import('../../src/background/logged-action.ts')
const { pushVerdicts, requestActions } = await import('../../src/background/tabs.ts')
const { openDatabase } = await import('../../src/storage/db.ts')
const { CONTENT_MESSAGES } = await import('../../src/messaging/content-messages.ts')
const { MAX_ACTION_IDS, MAX_ACTION_SENDERS, MAX_VERDICT_UPDATES } =
  await import('../../src/messaging/limits.ts')

const ACCOUNT = 'gmail:me'
const TAB = 7

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  platform.session.tabsByAccount = { [ACCOUNT]: [TAB] }
  platform.sendToTab.mockReset()
})

const sent = () => platform.sendToTab.mock.calls.map(([, message]) => message as ContentEnvelope)

describe('requests the worker sends a page', () => {
  it('name at most as many mails and senders as a page takes, the rest left unfinished', async () => {
    const ids = Array.from({ length: MAX_ACTION_IDS + 3 }, (_, i) => `t${i}`)
    const dates = Object.fromEntries(ids.map((id, i) => [id, 1_700_000_000_000 + i]))
    const senders = Array.from({ length: MAX_ACTION_SENDERS + 1 }, (_, i) => `s${i}.example`)
    platform.sendToTab.mockImplementation(async (_tab: number, message: unknown) => {
      const { payload } = message as { payload: { ids: string[] } }
      return { results: Object.fromEntries(payload.ids.map((id) => [id, 'done'])) }
    })
    const db = await openDatabase()
    const run = { account: ACCOUNT, action: 'hide' as const, waveId: null, confirmed: true }
    const { results } = await runLoggedAction(db, () => 1, { ...run, ids, dates, senders })
    const [request] = sent()
    // The page's own check accepts what it is sent.
    expect(() => CONTENT_MESSAGES['actions.run'](request?.payload)).not.toThrow()
    expect(Object.keys(results)).toHaveLength(MAX_ACTION_IDS)
    expect(request?.payload).toMatchObject({ ids: ids.slice(0, MAX_ACTION_IDS) })
    const [entry] = await db.getAll('actions')
    expect(entry?.ids).toHaveLength(ids.length)
    expect(entry?.finishedAt).toBeNull()
  })

  it('carry changed verdicts in as many updates as a page takes', async () => {
    platform.sendToTab.mockResolvedValue(undefined)
    const verdict: Verdict = {
      verdict: 'relay',
      score: 0.9,
      reasons: [],
      waveId: 'w',
      important: false,
    }
    const verdicts = Object.fromEntries(
      Array.from({ length: MAX_VERDICT_UPDATES + 1 }, (_, i) => [`t${i}`, verdict]),
    )
    await pushVerdicts(ACCOUNT, verdicts, null)
    const updates = sent().map((message) => CONTENT_MESSAGES['verdicts.update'](message.payload))
    expect(updates.map((update) => Object.keys(update.verdicts).length)).toEqual([
      MAX_VERDICT_UPDATES,
      1,
    ])
  })
})

describe('a page answer', () => {
  it('counts only when it is well formed', async () => {
    const payload: ContentProtocol['actions.run'] = {
      account: ACCOUNT,
      actionId: 'a',
      action: 'hide',
      ids: ['t1'],
      confirmed: true,
    }
    platform.sendToTab.mockResolvedValueOnce({ results: { t1: 'done' } })
    expect(await requestActions(TAB, payload)).toEqual({ results: { t1: 'done' } })
    // The views a page could not reach come along; an unknown view is no answer.
    platform.sendToTab.mockResolvedValueOnce({ results: { t1: 'done' }, unreached: ['other'] })
    expect(await requestActions(TAB, payload)).toEqual({
      results: { t1: 'done' },
      unreached: ['other'],
    })
    const answers = [
      { results: { t1: 'exploded' } },
      { results: 'done' },
      null,
      { results: { t1: 'done' }, unreached: ['elsewhere'] },
    ]
    for (const answer of answers) platform.sendToTab.mockResolvedValueOnce(answer)
    for (let i = 0; i < answers.length; i++) expect(await requestActions(TAB, payload)).toBeNull()
  })
})
