// Enterprise policy and "clear all data" in the worker, on fake-indexeddb.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NOW, TAB, PAGE, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')
const { DEFAULT_SETTINGS } = await import('../../src/core/settings.ts')

const wave = [1, 2, 3, 4, 5, 6].map((i) => row(i))

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  platform.session.tabsByAccount = undefined
  platform.sendToTab.mockReset()
})

describe('policy and data', () => {
  it('refuse to report as spam when an administrator turned reporting off, and log it', async () => {
    const db = await openDatabase()
    const settings = { ...DEFAULT_SETTINGS, reportingAllowed: false }
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => settings,
    )
    const { verdicts } = await handlers['rows.ingest']({ rows: wave }, TAB)
    const answer = await handlers['wave.act'](
      { account: 'gmail:me', waveId: verdicts.t1!.waveId!, action: 'spam', confirmed: true },
      PAGE,
    )
    expect(new Set(Object.values(answer.results))).toEqual(new Set(['cancelled']))
    expect(platform.sendToTab).not.toHaveBeenCalled()
  })

  it('never flag the helpdesk mail of a brand an administrator allowed', async () => {
    const db = await openDatabase()
    const allowedBrands = ['brand2', 'brand3', 'brand4', 'brand5', 'brand6'].map(
      (name) => `${name}.zendesk.com`,
    )
    const settings = { ...DEFAULT_SETTINGS, allowedBrands }
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => settings,
    )
    const { verdicts } = await handlers['rows.ingest']({ rows: wave }, TAB)
    // Five of six brands allowed: one brand alone is no wave, and the allowed ones are clean.
    expect(Object.values(verdicts).filter((v) => v.verdict === 'relay')).toEqual([])
    expect(verdicts.t2!.verdict).toBe('clean')
  })

  it('clear all data: every store is empty afterwards, and new mail is stored again', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    await handlers['rows.ingest']({ rows: wave }, TAB)
    expect(await db.count('messageDays')).toBeGreaterThan(0)
    expect(await handlers['data.clear']({}, PAGE)).toEqual({ cleared: true })
    for (const name of db.objectStoreNames) expect(await db.count(name)).toBe(0)
    await handlers['rows.ingest']({ rows: wave.slice(0, 2) }, TAB)
    expect((await handlers['stats.domains']({}, PAGE)).total).toBe(2)
  })
})

describe('the popup view from storage', () => {
  it('shows the latest wave of the busiest account, grouped by brand, on the mails own dates', async () => {
    const db = await openDatabase()
    // Opened a month after the wave: it is still the wave, on its own day's chart.
    const handlers = createHandlers(
      async () => db,
      () => NOW + 30 * 24 * 3_600_000,
    )
    await handlers['rows.ingest']({ rows: wave }, TAB)
    const { accounts, view } = await handlers['popup.view']({}, PAGE)
    expect(accounts).toEqual(['gmail:me'])
    expect(view!.status).toBe('over')
    expect(view!.wave!.brands).toHaveLength(6)
    expect(view!.wave!.brands[0]).toMatchObject({ mails: 1, samples: [expect.any(String)] })
    expect(view!.timeline.helpdesk.reduce((a, b) => a + b)).toBe(6)
    expect((await handlers['popup.view']({ account: 'gmail:other' }, PAGE)).view).toMatchObject({
      status: 'quiet',
      wave: null,
    })
  })
})

describe('trusting a company from the popup', () => {
  it('stores each mail as trusted, tells the tabs, and keeps them clean when the page sends them again', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    await handlers['rows.ingest']({ rows: wave }, TAB)
    platform.session.tabsByAccount = { 'gmail:me': [7] }
    platform.sendToTab.mockResolvedValue(undefined)
    expect(
      await handlers['message.trustMany']({ account: 'gmail:me', ids: ['t2', 'nope'] }, PAGE),
    ).toEqual({
      trusted: 1,
    })
    expect(platform.sendToTab).toHaveBeenCalledWith(7, {
      type: 'verdicts.update',
      payload: {
        account: 'gmail:me',
        verdicts: { t2: expect.objectContaining({ verdict: 'clean' }) },
      },
    })
    const again = await handlers['rows.ingest']({ rows: wave }, TAB)
    expect(again.verdicts.t2!.verdict).toBe('clean')
    expect(again.verdicts.t2!.reasons).toContain('user-trusted')
    expect(again.verdicts.t3!.verdict).toBe('relay')
  })
})
