// The protocol's checks: each small validator refuses what it must, every message of the protocol
// has a check, and each message's check refuses a missing field or a field of the wrong kind.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clipped,
  finite,
  identifier,
  listOf,
  object,
  oneOf,
  optional,
  recordOf,
  RejectedMessage,
  type Check,
} from '../../src/messaging/check.ts'
import { BACKGROUND_REQUESTS, mailRow } from '../../src/messaging/requests.ts'
import { CONTENT_ANSWERS, CONTENT_MESSAGES } from '../../src/messaging/content-messages.ts'
import { CONTENT_SCRIPT_MESSAGES } from '../../src/messaging/protocol.ts'
import { MAX_ACTION_IDS, MAX_SCAN_WINDOW_MS } from '../../src/messaging/limits.ts'

const refuses = (check: Check<unknown>, value: unknown) =>
  expect(() => check(value)).toThrow(RejectedMessage)

describe('the small validators', () => {
  it('take an identifier whole or refuse it: never empty, never cut', () => {
    const id = identifier(5)
    expect(id('abcde')).toBe('abcde')
    for (const bad of ['', 'abcdef', 7, null, undefined, ['a'], { a: 1 }]) refuses(id, bad)
  })

  it('cut mail text to its bound, and refuse what is not text', () => {
    expect(clipped(3)('abcdef')).toBe('abc')
    expect(clipped(3)('')).toBe('')
    for (const bad of [7, null, undefined, ['a']]) refuses(clipped(3), bad)
  })

  it('take only finite numbers', () => {
    expect(finite(-1.5)).toBe(-1.5)
    for (const bad of [Number.NaN, Infinity, -Infinity, '1', null, undefined]) refuses(finite, bad)
  })

  it('take only the listed values, never an inherited name', () => {
    const action = oneOf(['hide', 'archive'] as const)
    expect(action('hide')).toBe('hide')
    for (const bad of ['toString', '__proto__', 'Hide', 1, null]) refuses(action, bad)
  })

  it('refuse a list that is too long or holds one bad item', () => {
    const ids = listOf(identifier(3), 2)
    expect(ids(['a', 'b'])).toEqual(['a', 'b'])
    for (const bad of [['a', 'b', 'c'], ['a', ''], ['a', 7], 'ab', { 0: 'a' }]) refuses(ids, bad)
  })

  it('refuse a record with a bad key or value, or too many entries; "__proto__" stays data', () => {
    const dates = recordOf(9, finite, 2)
    const proto = dates(JSON.parse('{"__proto__": 1}'))
    expect(Object.keys(proto)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype)
    for (const bad of [{ abcdefghij: 1 }, { a: Number.NaN }, { a: 1, b: 2, c: 3 }, [], null, 'a'])
      refuses(dates, bad)
  })

  it('check objects field by field: unknown fields left out, absent optional ones too', () => {
    const shape = object({ id: identifier(3), note: optional(clipped(2)) })
    expect(shape({ id: 'a', extra: 'x' })).toStrictEqual({ id: 'a' })
    expect(shape({ id: 'a', note: 'long' })).toStrictEqual({ id: 'a', note: 'lo' })
    for (const bad of [{}, { id: 'a', note: 7 }, null, [], 'a']) refuses(shape, bad)
    // Inherited fields are not the sender's: a prototype's id does not count.
    refuses(shape, Object.create({ id: 'a' }))
  })

  it('never fail other than by refusing, whatever arrives', () => {
    const checks = [
      ...Object.values(BACKGROUND_REQUESTS),
      ...Object.values(CONTENT_MESSAGES),
      ...Object.values(CONTENT_ANSWERS),
    ]
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        for (const check of checks) {
          try {
            check(value)
          } catch (error) {
            expect(error).toBeInstanceOf(RejectedMessage)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

const DATE = Date.UTC(2026, 0, 18)
const row = {
  account: 'gmail:u0',
  id: 't1',
  senderName: 'A',
  senderAddress: 'a@b.example',
  subject: 's',
  snippet: 'n',
  date: DATE,
  unread: true,
}
const verdict = { verdict: 'relay', score: 0.9, reasons: [], waveId: 'w1', important: false }

/** A well-formed payload of every message, and the fields it may leave out. */
const BACKGROUND_SAMPLES: Record<string, { payload: object; optional?: string[] }> = {
  'rows.ingest': { payload: { rows: [row] } },
  'wave.describe': { payload: { account: 'gmail:u0', id: 't1' } },
  'message.find': {
    payload: { account: 'gmail:u0', subject: 's', senderName: '', senderAddress: '', date: null },
  },
  'link.domain': { payload: { host: 'a.example' } },
  'message.trust': { payload: { account: 'gmail:u0', id: 't1' } },
  'folder.scan': {
    payload: { account: 'gmail:u0', window: { from: DATE, to: DATE + 1 } },
    optional: ['window'],
  },
  'message.open': { payload: { account: 'gmail:u0', id: 't1' } },
  'message.trustMany': { payload: { account: 'gmail:u0', ids: ['t1'] } },
  'wave.act': {
    payload: { account: 'gmail:u0', waveId: 'w1', action: 'hide', confirmed: true, brands: ['a'] },
    optional: ['brands'],
  },
  'ticket.expect': { payload: { account: 'gmail:u0', brand: 'a.example', until: DATE } },
  'actions.progress': {
    payload: { account: 'gmail:u0', actionId: 'a1', results: { t1: 'done' }, finished: false },
  },
  'actions.undo': { payload: { account: 'gmail:u0', actionId: 'a1' } },
  'actions.recent': { payload: { account: 'gmail:u0' } },
  'data.clear': { payload: {} },
  'popup.view': { payload: { account: 'gmail:u0' }, optional: ['account'] },
  'stats.domains': { payload: { account: 'gmail:u0' }, optional: ['account'] },
  'stats.brands': { payload: { account: 'gmail:u0', from: DATE, to: DATE } },
}

const CONTENT_SAMPLES: Record<string, { payload: object; optional?: string[] }> = {
  'verdicts.update': { payload: { account: 'gmail:u0', verdicts: { t1: verdict } } },
  'actions.run': {
    payload: {
      account: 'gmail:u0',
      actionId: 'a1',
      action: 'unarchive',
      ids: ['t1'],
      confirmed: true,
      automatic: false,
      dates: { t1: DATE },
      senders: ['b.example'],
    },
    optional: ['automatic', 'dates', 'senders'],
  },
  'message.open': { payload: { account: 'gmail:u0', id: 't1' } },
  'folder.scan': { payload: { account: 'gmail:u0' } },
}

/** The message names of one interface in protocol.ts, as written there. */
function protocolMessages(name: string): string[] {
  const source = readFileSync(new URL('../../src/messaging/protocol.ts', import.meta.url), 'utf8')
  const body = source.slice(source.indexOf(`export interface ${name} {`))
  const end = body.indexOf('\n}\n')
  return [...body.slice(0, end).matchAll(/^ {2}'([a-z]+\.[a-zA-Z]+)': \{/gmu)].map((m) => m[1]!)
}

describe('the protocol', () => {
  it('has a check for every message the background receives, and no check for none', () => {
    const messages = protocolMessages('BackgroundProtocol')
    expect(messages.length).toBeGreaterThan(10)
    expect(Object.keys(BACKGROUND_REQUESTS).sort()).toEqual([...messages].sort())
    expect(Object.keys(BACKGROUND_SAMPLES).sort()).toEqual([...messages].sort())
    for (const type of CONTENT_SCRIPT_MESSAGES) expect(messages).toContain(type)
  })

  it('has a check for every message a content script receives, and for each answer it gives', () => {
    expect(Object.keys(CONTENT_SAMPLES).sort()).toEqual(Object.keys(CONTENT_MESSAGES).sort())
    for (const type of Object.keys(CONTENT_ANSWERS)) expect(CONTENT_MESSAGES).toHaveProperty(type)
  })

  const cases = [
    ...Object.entries(BACKGROUND_SAMPLES).map(([type, sample]) => ({
      type,
      sample,
      check: BACKGROUND_REQUESTS[type as keyof typeof BACKGROUND_REQUESTS] as Check<unknown>,
    })),
    ...Object.entries(CONTENT_SAMPLES).map(([type, sample]) => ({
      type: `to the page: ${type}`,
      sample,
      check: CONTENT_MESSAGES[type as keyof typeof CONTENT_MESSAGES] as Check<unknown>,
    })),
  ]

  it.each(cases)(
    '$type: takes its well-formed payload, refuses a missing or wrong field',
    ({ sample, check }) => {
      expect(check(sample.payload)).toMatchObject(sample.payload)
      for (const field of Object.keys(sample.payload)) {
        const without: Record<string, unknown> = { ...sample.payload }
        delete without[field]
        if (sample.optional?.includes(field)) expect(check(without)).toStrictEqual(without)
        else refuses(check, without)
        // No check takes a number that is not a number, whatever the field holds.
        refuses(check, { ...sample.payload, [field]: Number.NaN })
      }
      refuses(check, null)
      refuses(check, 'payload')
    },
  )

  it('refuses a scan window that is reversed or longer than a month, in both directions', () => {
    for (const window of [
      { from: 2, to: 1 },
      { from: 0, to: MAX_SCAN_WINDOW_MS + 1 },
    ]) {
      refuses(BACKGROUND_REQUESTS['folder.scan'], { account: 'gmail:u0', window })
      refuses(CONTENT_MESSAGES['folder.scan'], { account: 'gmail:u0', window })
    }
  })

  it('refuses more mails than a wave in one request, and an unknown reason in a verdict', () => {
    const ids = Array.from({ length: MAX_ACTION_IDS + 1 }, (_, i) => `t${i}`)
    refuses(BACKGROUND_REQUESTS['message.trustMany'], { account: 'gmail:u0', ids })
    const run = CONTENT_SAMPLES['actions.run']!.payload
    refuses(CONTENT_MESSAGES['actions.run'], { ...run, ids })
    const odd = { ...verdict, reasons: ['made-up'] }
    refuses(CONTENT_MESSAGES['verdicts.update'], { account: 'gmail:u0', verdicts: { t1: odd } })
    const scored = { ...verdict, score: 1.5 }
    refuses(CONTENT_MESSAGES['verdicts.update'], { account: 'gmail:u0', verdicts: { t1: scored } })
  })

  it('cuts the mail text of a row but refuses an over-long account or id', () => {
    const ingest = BACKGROUND_REQUESTS['rows.ingest']
    const long = { ...row, subject: 'x'.repeat(5_000), snippet: 'y'.repeat(5_000) }
    const [cut] = ingest({ rows: [long] }).rows
    expect([cut?.subject.length, cut?.snippet.length]).toEqual([1_000, 500])
    expect(ingest({ rows: [{ ...row, id: 'x'.repeat(201) }] })).toEqual({ rows: [], rejected: 1 })
    expect(ingest({ rows: [{ ...row, account: 'x'.repeat(201) }] }).rejected).toBe(1)
  })
})

describe('where a row was listed', () => {
  const row = {
    account: 'outlook:a@example.com',
    id: 'conv-1',
    senderName: 'Acme',
    senderAddress: 'help@acme.example',
    subject: 'Request received',
    snippet: '',
    date: null,
    unread: true,
  }
  const check = (place: unknown) => mailRow({ ...row, place })

  it('keeps a known folder and view', () => {
    expect(check({ folder: 'inbox', view: 'other' }).place).toEqual({
      folder: 'inbox',
      view: 'other',
    })
    expect(check({ folder: 'junkemail', view: 'elsewhere' }).place).toEqual({
      folder: 'junkemail',
      view: null,
    })
  })

  it('leaves an unknown place out and keeps the row', () => {
    expect(check({ folder: '<img src=x>', view: 'focused' })).toStrictEqual(row)
    expect(check('inbox')).toStrictEqual(row)
    expect(check(undefined)).toStrictEqual(row)
  })
})
