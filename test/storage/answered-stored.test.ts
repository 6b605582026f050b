// Opt-ins stored as a wave's, then the person's answers arriving in a later batch (each shop's
// welcome code): the stored opt-ins become clean and the answer carries their new verdicts, so the
// page re-marks those rows (background/ingest.ts relabel, core wave/answered.ts). The answers are
// stored with their mark, so the batch after that judges the same.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import type { MailRow } from '../../src/core/types.ts'
import { NOW, TAB } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')
const { messagesBetween } = await import('../../src/storage/messages-repo.ts')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  for (const key of Object.keys(session)) delete session[key]
})

const MINUTE = 60_000
const SHOPS = [1, 2, 3, 4, 5, 6]

const optIn = (i: number): MailRow => ({
  account: 'gmail:me',
  id: `ask${i}`,
  senderName: `Shop${i}`,
  senderAddress: `newsletter@shop${i}.example`,
  subject: 'Confirm your subscription and get 15 % off',
  snippet: 'One more click and your welcome code is yours. Please confirm your email address.',
  date: NOW - 30 * MINUTE + i * MINUTE,
  unread: true,
})

const code = (i: number): MailRow => ({
  ...optIn(i),
  id: `code${i}`,
  subject: `Here is your code: SHOP${i}482`,
  snippet: `Welcome to Shop${i}! Your 15 % code: SHOP${i}482, valid for your first order.`,
  date: NOW - 20 * MINUTE + i * MINUTE,
})

describe('opt-ins stored as a wave, answered later', () => {
  it('become clean when the answers arrive, and stay clean in later batches', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const first = await handlers['rows.ingest']({ rows: SHOPS.map(optIn) }, TAB)
    expect(SHOPS.every((i) => first.verdicts[`ask${i}`]?.verdict === 'relay')).toBe(true)
    const answers = await handlers['rows.ingest']({ rows: SHOPS.map(code) }, TAB)
    for (const i of SHOPS) {
      expect(answers.verdicts[`ask${i}`]?.verdict).toBe('clean')
      expect(answers.verdicts[`ask${i}`]?.reasons).toContain('user-answered-confirmation')
      expect(answers.verdicts[`code${i}`]?.verdict).toBe('clean')
    }
    const stored = await messagesBetween(db, 'gmail:me', NOW - 3_600_000, NOW)
    const asks = stored.filter((message) => message.id.startsWith('ask'))
    expect(asks.map((message) => [message.verdict, message.waveId])).toEqual(
      SHOPS.map(() => ['clean', null]),
    )
    expect(stored.filter((m) => m.id.startsWith('code')).every((m) => m.welcomeCode)).toBe(true)
    const later = { ...optIn(9), id: 'later', date: NOW - MINUTE }
    const again = await handlers['rows.ingest']({ rows: [later] }, TAB)
    expect(Object.keys(again.verdicts).filter((id) => id.startsWith('ask'))).toEqual([])
  })
})

const signUp = (i: number): MailRow => ({
  account: 'gmail:me',
  id: `verify${i}`,
  senderName: `Tool${i}`,
  senderAddress: `no-reply@tool${i}.example`,
  subject: `Activate your Tool${i} account`,
  snippet: 'Please confirm your email address to activate your account.',
  // One sign-up after another, eight minutes apart: eight companies make a slow wave.
  date: NOW - 90 * MINUTE + i * 8 * MINUTE,
  unread: true,
})

const welcome = (i: number): MailRow => ({
  ...signUp(i),
  id: `welcome${i}`,
  subject: `Welcome to Tool${i}, Priya!`,
  snippet: 'Your account is ready. Here are three tips to get started.',
  date: signUp(i).date! + 3 * MINUTE,
})

const TOOLS = [1, 2, 3, 4, 5, 6, 7, 8]

describe('sign-ups stored as a wave, welcomed later', () => {
  it('become clean when each company’s welcome arrives, the welcomes stored as such', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const first = await handlers['rows.ingest']({ rows: TOOLS.map(signUp) }, TAB)
    expect(TOOLS.every((i) => first.verdicts[`verify${i}`]?.verdict === 'relay')).toBe(true)
    const welcomes = await handlers['rows.ingest']({ rows: TOOLS.map(welcome) }, TAB)
    for (const i of TOOLS) {
      expect(welcomes.verdicts[`verify${i}`]?.reasons).toContain('user-answered-confirmation')
      expect(welcomes.verdicts[`welcome${i}`]?.verdict).toBe('clean')
    }
    const stored = await messagesBetween(db, 'gmail:me', NOW - 3_600_000, NOW)
    expect(stored.filter((m) => m.id.startsWith('welcome')).every((m) => m.welcomes)).toBe(true)
    // A later batch replays the stored welcomes: the sign-ups stay answered.
    const later = { ...signUp(9), id: 'later', date: NOW - MINUTE }
    const again = await handlers['rows.ingest']({ rows: [later] }, TAB)
    expect(Object.keys(again.verdicts).filter((id) => id.startsWith('verify'))).toEqual([])
    // The page sends the sign-ups again: judged against the stored welcomes, they stay clean.
    const resent = await handlers['rows.ingest']({ rows: TOOLS.map(signUp) }, TAB)
    expect(TOOLS.map((i) => resent.verdicts[`verify${i}`]?.verdict)).toEqual(
      TOOLS.map(() => 'clean'),
    )
  })
})

describe('an answer withdrawn by a later batch', () => {
  it('restores the relay mark of the mail it had released', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const at = (minutes: number) => NOW - 60 * MINUTE + minutes * MINUTE
    const wave = [1, 2, 3, 4, 5, 6].map((i) => ({ ...signUp(i), id: `wave${i}`, date: at(i) }))
    // Ten minutes later, one more company's sign-up and its welcome three minutes after.
    const ask = { ...signUp(9), id: 'ask9', date: at(17) }
    const welcomed = { ...welcome(9), id: 'welcome9', date: at(20) }
    const first = await handlers['rows.ingest']({ rows: [...wave, ask, welcomed] }, TAB)
    expect(first.verdicts['wave6']?.verdict).toBe('relay')
    expect(first.verdicts['ask9']?.reasons).toContain('user-answered-confirmation')
    // The same company asks again: the forms reach it again and again, its answer is withdrawn.
    const again = { ...signUp(9), id: 'ask9-again', date: at(30) }
    const second = await handlers['rows.ingest']({ rows: [again] }, TAB)
    expect(second.verdicts['ask9']?.verdict).toBe('relay')
    const stored = await messagesBetween(db, 'gmail:me', at(0), at(40))
    expect(stored.find((message) => message.id === 'ask9')?.verdict).toBe('relay')
  })
})
