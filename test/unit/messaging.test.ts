import { describe, expect, it, vi } from 'vitest'
import { createRouter, RejectedMessage, type Handlers } from '../../src/messaging/router.ts'
import { BACKGROUND_REQUESTS as validators } from '../../src/messaging/requests.ts'
import { MAX_ACTION_IDS, MAX_INGEST_ROWS } from '../../src/messaging/protocol.ts'
import { parseActionRequest } from '../../src/content/messages/background-messages.ts'
import { DAY_MS } from '../../src/core/time.ts'

const validateIngest = validators['rows.ingest']

const goodRow = {
  account: 'gmail:u0',
  id: 't1',
  senderName: 'A',
  senderAddress: 'a@b.example',
  subject: 's',
  snippet: 'n',
  date: Date.UTC(2026, 0, 1),
  unread: true,
}

function handlers(): Handlers {
  return {
    'rows.ingest': vi.fn(async (request) => ({
      verdicts: {},
      stored: request.rows.length,
      rejected: request.rejected ?? 0,
    })),
    'wave.describe': vi.fn(async () => ({ wave: null })),
    'message.trust': vi.fn(async () => ({ verdict: null })),
    'message.find': vi.fn(async () => ({ id: null, verdict: null })),
    'link.domain': vi.fn(async ({ host }) => ({ domain: `named:${host}` })),
    'wave.act': vi.fn(async () => ({ results: {}, tabId: null })),
    'ticket.expect': vi.fn(async () => ({ ok: true as const })),
    'actions.recent': vi.fn(async () => ({ entries: [] })),
    'folder.scan': vi.fn(async () => ({ rows: 0, tabId: null })),
    'message.open': vi.fn(async () => ({ opened: false })),
    'message.trustMany': vi.fn(async () => ({ trusted: 0 })),
    'popup.view': vi.fn(async () => ({ accounts: [], view: null, actions: [] })),
    'data.clear': vi.fn(async () => ({ cleared: true as const })),
    'actions.progress': vi.fn(async () => ({ recorded: 0 })),
    'actions.undo': vi.fn(async () => ({ results: {}, tabId: null, undoable: false })),
    'stats.domains': vi.fn(async () => ({ total: 0, accounts: [], domains: [] })),
    'stats.brands': vi.fn(async () => ({ brands: [] })),
  }
}

/** A content script in the first Gmail mailbox. */
const GMAIL_TAB = {
  kind: 'content-script' as const,
  tabId: 1,
  url: 'https://mail.google.com/mail/u/0/#inbox',
}

describe('content-script messages are tied to the sending page', () => {
  const ingest = (account: string) => ({
    type: 'rows.ingest',
    payload: { rows: [{ ...goodRow, account }] },
  })
  const from = (url: string) => ({ kind: 'content-script' as const, tabId: 1, url })

  it.each([
    ['another site', 'outlook:outlook.live.com/0', 'https://mail.google.com/mail/u/0/'],
    ['another Gmail mailbox', 'gmail:u1', 'https://mail.google.com/mail/u/0/'],
    ['another Outlook host', 'outlook:outlook.office.com/0', 'https://outlook.live.com/mail/0/'],
    ['another Outlook mailbox', 'outlook:outlook.live.com/1', 'https://outlook.live.com/mail/0/'],
    ['a page of no webmail', 'gmail:u0', 'https://evil.example/mail/u/0/'],
    ['a page with no address', 'gmail:u0', ''],
  ])('refuses rows for %s', async (_name, account, url) => {
    const route = createRouter(handlers())
    await expect(route(ingest(account), from(url))).rejects.toBeInstanceOf(RejectedMessage)
  })

  it('refuses a trust or a wave question for an account the page does not show', async () => {
    const route = createRouter(handlers())
    const sender = from('https://outlook.live.com/mail/0/inbox')
    const trust = { type: 'message.trust', payload: { account: 'gmail:a@b.example', id: 't1' } }
    await expect(route(trust, sender)).rejects.toBeInstanceOf(RejectedMessage)
  })

  it.each([
    ['gmail:u1', 'https://mail.google.com/mail/u/1/#inbox'],
    ['gmail:person1@example.com', 'https://mail.google.com/mail/u/0/#inbox/abc'],
    ['outlook:outlook.office365.com/0', 'https://outlook.office365.com/mail/inbox'],
    ['outlook:outlook.live.com/2', 'https://outlook.live.com/mail/2/inbox'],
  ])('accepts rows for %s from its own page', async (account, url) => {
    const route = createRouter(handlers())
    await expect(route(ingest(account), from(url))).resolves.toBeDefined()
  })
})

describe('router', () => {
  it('lets a content script ingest rows and answers with the handler result', async () => {
    const route = createRouter(handlers())
    await expect(
      route({ type: 'rows.ingest', payload: { rows: [goodRow] } }, GMAIL_TAB),
    ).resolves.toEqual({
      verdicts: {},
      stored: 1,
      rejected: 0,
    })
  })

  it('refuses messages a content script may not send', async () => {
    const route = createRouter(handlers())
    await expect(route({ type: 'stats.domains', payload: {} }, GMAIL_TAB)).rejects.toBeInstanceOf(
      RejectedMessage,
    )
    await expect(
      route({ type: 'stats.domains', payload: {} }, { kind: 'extension-page', tabId: null }),
    ).resolves.toMatchObject({ total: 0 })
  })

  it('names a link domain for a content script, and only for a bounded host', async () => {
    const route = createRouter(handlers())
    await expect(
      route({ type: 'link.domain', payload: { host: 'a.example' } }, GMAIL_TAB),
    ).resolves.toEqual({ domain: 'named:a.example' })
    for (const payload of [{}, { host: 7 }, { host: '' }, { host: 'a'.repeat(254) }, null])
      await expect(route({ type: 'link.domain', payload }, GMAIL_TAB)).rejects.toBeInstanceOf(
        RejectedMessage,
      )
  })

  it('scans a window only of real dates, first before last, at most a month long', async () => {
    const known = handlers()
    const route = createRouter(known)
    const page = { kind: 'extension-page', tabId: null } as const
    const day = DAY_MS
    for (const window of [
      { from: 2, to: 1 },
      { from: Number.NaN, to: 1 },
      { from: 0, to: 32 * day },
      { from: '0', to: 1 },
      null,
    ])
      await expect(
        route({ type: 'folder.scan', payload: { account: 'gmail:me', window } }, page),
      ).rejects.toBeInstanceOf(RejectedMessage)
    await route(
      { type: 'folder.scan', payload: { account: 'gmail:me', window: { from: 0, to: day } } },
      page,
    )
    await route({ type: 'folder.scan', payload: { account: 'gmail:me' } }, page)
    expect(known['folder.scan']).toHaveBeenCalledTimes(2)
    expect(known['folder.scan']).toHaveBeenNthCalledWith(
      1,
      { account: 'gmail:me', window: { from: 0, to: day } },
      page,
    )
    expect(known['folder.scan']).toHaveBeenNthCalledWith(2, { account: 'gmail:me' }, page)
  })

  it('asks for brand statistics only over a real span of dates', async () => {
    const route = createRouter(handlers())
    const page = { kind: 'extension-page', tabId: null } as const
    for (const payload of [
      { account: 'gmail:me', from: 2, to: 1 },
      { account: 'gmail:me', from: Number.NaN, to: 1 },
      { account: 'gmail:me', from: 0, to: Infinity },
      { account: '', from: 0, to: 1 },
    ])
      await expect(route({ type: 'stats.brands', payload }, page)).rejects.toBeInstanceOf(
        RejectedMessage,
      )
    await expect(
      route({ type: 'stats.brands', payload: { account: 'gmail:me', from: 0, to: 1 } }, page),
    ).resolves.toEqual({ brands: [] })
    await expect(
      route({ type: 'stats.brands', payload: { account: 'gmail:me', from: 0, to: 1 } }, GMAIL_TAB),
    ).rejects.toBeInstanceOf(RejectedMessage)
  })

  it('refuses unknown and malformed messages', async () => {
    const route = createRouter(handlers())
    for (const message of [null, 'rows.ingest', { type: 'toString' }, { type: 'db.drop' }]) {
      await expect(route(message, { kind: 'extension-page', tabId: null })).rejects.toBeInstanceOf(
        RejectedMessage,
      )
    }
  })
})

describe('ingest validation', () => {
  it('drops malformed rows and counts them, keeping the rest of the batch', () => {
    const result = validateIngest({
      rows: [
        goodRow,
        { ...goodRow, id: 7 },
        null,
        { ...goodRow, account: '' },
        { ...goodRow, id: 'x'.repeat(201) },
        { ...goodRow, unread: 'yes' },
        { ...goodRow, date: '2026-01-01' },
      ],
    })
    expect(result.rows).toHaveLength(1)
    expect(result.rejected).toBe(6)
  })

  it('clamps huge strings and refuses impossible dates', () => {
    const [row] = validateIngest({
      rows: [{ ...goodRow, subject: 'x'.repeat(100_000), date: 1e20 }],
    }).rows
    expect(row?.subject.length).toBe(1_000)
    expect(row?.date).toBeNull()
  })

  it('refuses more than one batch per message', () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...goodRow, id: `t${i}` }))
    expect(validateIngest({ rows: rows(MAX_INGEST_ROWS) }).rows).toHaveLength(MAX_INGEST_ROWS)
    expect(() => validateIngest({ rows: rows(MAX_INGEST_ROWS + 1) })).toThrow(RejectedMessage)
  })
})

describe('action requests from the worker, as the page checks them', () => {
  const envelope = (payload: Record<string, unknown>) => ({ type: 'actions.run', payload })
  const base = { account: 'gmail:me', actionId: 'a1', ids: ['t1', 't2'], confirmed: true }

  it('accepts the undo actions with their dates, a date named "__proto__" kept as data', () => {
    const dates = JSON.parse('{"t1": 1700000000000, "__proto__": 1}') as Record<string, number>
    const parsed = parseActionRequest(envelope({ ...base, action: 'unarchive', dates }))
    expect(parsed?.dates && Object.entries(parsed.dates)).toEqual([
      ['t1', 1_700_000_000_000],
      ['__proto__', 1],
    ])
    expect(Object.getPrototypeOf(parsed?.dates)).toBe(Object.prototype)
  })

  it('refuses dates that are not finite numbers in a record, and an unknown action', () => {
    for (const dates of ['x', { t1: Number.NaN }, { t1: '1' }])
      expect(parseActionRequest(envelope({ ...base, action: 'unspam', dates }))).toBeNull()
    expect(parseActionRequest(envelope({ ...base, action: 'explode' }))).toBeNull()
  })

  it('keeps an automatic action automatic, and refuses anything but a boolean', () => {
    const label = { ...base, action: 'label' }
    expect(parseActionRequest(envelope({ ...label, automatic: true }))).toEqual({
      ...label,
      automatic: true,
    })
    expect(parseActionRequest(envelope({ ...label, automatic: 'yes' }))).toBeNull()
  })
})

describe('popup requests', () => {
  it('refuses to start an undo action as a cleanup of a wave', () => {
    const wave = { account: 'gmail:me', waveId: 'w1', confirmed: true }
    expect(() => validators['wave.act']!({ ...wave, action: 'unarchive' })).toThrow(RejectedMessage)
    expect(validators['wave.act']!({ ...wave, action: 'archive' })).toMatchObject({
      action: 'archive',
    })
  })

  it('checks the ids of message.trustMany as message.trust checks its one id', () => {
    const trustMany = validators['message.trustMany']!
    const trustOne = validators['message.trust']!
    const oversized = 'x'.repeat(10_000)
    expect(trustMany({ account: 'gmail:me', ids: ['a', 'b'] })).toEqual({
      account: 'gmail:me',
      ids: ['a', 'b'],
    })
    for (const bad of ['', oversized, 7]) {
      expect(() => trustOne({ account: 'gmail:me', id: bad })).toThrow(RejectedMessage)
      expect(() => trustMany({ account: 'gmail:me', ids: ['a', bad] })).toThrow(RejectedMessage)
    }
    const tooMany = Array.from({ length: MAX_ACTION_IDS + 1 }, (_, i) => `m${i}`)
    expect(() => trustMany({ account: 'gmail:me', ids: tooMany })).toThrow(RejectedMessage)
  })
})
