// The upgrade path in real Chromium. Release 0.1.0 (database v3, one record per row; its build is
// kept in test/fixtures/releases/0.1.0) sees an attack, the user trusts a ticket and changes
// settings; then this build's files replace it and Chromium loads the same directory again
// (CDP Extensions.loadUnpacked through Puppeteer), which is how an update reaches an installed
// extension: the same id and storage, a new service worker. Rows, waves, the trust and the
// settings must all survive, and nothing may be stored twice.
import { DB_VERSION } from '../../../src/storage/schema.ts'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { afterAll, describe, expect, it } from 'vitest'
import { attackScenario } from '../support/scenario.ts'
import { CHROME_BUILD, POPUP_PATH } from '../support/paths.ts'
import { toMailRow } from '../../support/mail-specs.ts'

const PREVIOUS_RELEASE = resolve('test/fixtures/releases/0.1.0/chrome')
const ACCOUNT = 'gmail:person1@example.com'
const OFF_ACCOUNT = 'gmail:someone-else@example.com'
const SETTINGS = {
  version: 1,
  relayRows: 'dim',
  notifications: false,
  disabledAccounts: [OFF_ACCOUNT],
}

interface StoredRow {
  id: string
  verdict: string
  reasons: string[]
  waveId: string | null
  trusted?: boolean
  seenAt: number
}

interface DatabaseView {
  version: number
  stores: string[]
  rows: StoredRow[]
  waves: { id: string; mails: number }[]
}

/** Popup page: the database as either version stores it (a record per row, or day buckets). */
async function readDatabase(): Promise<DatabaseView> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('relay-shield')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const all = (store: string) =>
    new Promise<unknown[]>((resolve) => {
      const request = db.transaction(store).objectStore(store).getAll()
      request.onsuccess = () => resolve(request.result as unknown[])
    })
  const stores = [...db.objectStoreNames].sort()
  const rows = stores.includes('messages')
    ? await all('messages')
    : ((await all('messageDays')) as { rows: unknown[] }[]).flatMap((day) => day.rows)
  const waves = (await all('waves')) as { id: string; mails: number }[]
  db.close()
  return {
    version: db.version,
    stores,
    rows: rows as StoredRow[],
    waves: waves.map(({ id, mails }) => ({ id, mails })),
  }
}

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { version: string } }
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>
      set(items: Record<string, unknown>): Promise<void>
    }
  }
}

/** Popup page: one protocol message to the background, as the content scripts and popup send. */
function send(type: string, payload: unknown): Promise<unknown> {
  const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome
  return api.runtime.sendMessage({ type, payload })
}

function readSettings(): Promise<unknown> {
  const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome
  return api.storage.local.get('settings').then((items) => items.settings)
}

function writeSettings(settings: unknown): Promise<void> {
  const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome
  return api.storage.local.set({ settings })
}

function manifestVersion(): string {
  return (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.getManifest().version
}

async function openPopup(browser: Browser, id: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`chrome-extension://${id}/${POPUP_PATH}`)
  return page
}

const byId = (rows: StoredRow[]) => new Map(rows.map((row) => [row.id, row]))

const cleanup: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {})
})

describe('Chromium: updating from release 0.1.0', () => {
  it('keeps every row, wave, trusted ticket and setting, and stores nothing twice', async () => {
    const root = await mkdtemp(join(tmpdir(), 'relay-shield-update-'))
    cleanup.push(() => rm(root, { recursive: true, force: true }))
    const extension = join(root, 'extension')
    const { wave, ordinary } = attackScenario()
    const rows = [...wave, ...ordinary].map((mail, i) => toMailRow(mail, ACCOUNT, `m${i}`))
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: join(root, 'profile'),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    })
    cleanup.push(() => browser.close())

    // 0.1.0: settings changed, an attack ingested, one of its tickets trusted.
    await cp(PREVIOUS_RELEASE, extension, { recursive: true })
    const id = await browser.installExtension(extension)
    const old = await openPopup(browser, id)
    expect(await old.evaluate(manifestVersion)).toBe('0.1.0')
    await old.evaluate(writeSettings, SETTINGS)
    await old.evaluate(send, 'rows.ingest', { rows })
    const before = await old.evaluate(readDatabase)
    expect(before.version).toBe(3)
    expect(before.rows).toHaveLength(rows.length)
    const relay = before.rows.filter((row) => row.verdict === 'relay')
    expect(relay).toHaveLength(wave.length)
    const trustedId = relay[0]!.id
    await old.evaluate(send, 'message.trust', { account: ACCOUNT, id: trustedId })
    const trusted = {
      ...relay[0]!,
      trusted: true,
      verdict: 'clean',
      reasons: ['user-trusted'],
      waveId: null,
    }

    // The update: this build's files in the same directory, loaded again.
    await rm(extension, { recursive: true, force: true })
    await cp(CHROME_BUILD, extension, { recursive: true })
    expect(await browser.installExtension(extension)).toBe(id)
    const popup = await openPopup(browser, id)
    expect(await popup.evaluate(manifestVersion)).toBe('0.2.0')

    // The new worker opens (and so upgrades) the database on first use.
    const counts = (await popup.evaluate(send, 'stats.domains', {})) as { total: number }
    expect(counts.total).toBe(rows.length)
    const after = await popup.evaluate(readDatabase)
    expect(after.version).toBe(DB_VERSION)
    expect(after.stores).toEqual([
      'actions',
      'brandDays',
      'expectedTickets',
      'messageDays',
      'waves',
    ])
    // Every row kept; rows of 0.1.0 never said where they were listed (schema v5's place).
    expect(byId(after.rows)).toEqual(
      byId(before.rows.map((row) => ({ ...(row.id === trustedId ? trusted : row), place: null }))),
    )
    expect(after.waves).toEqual(before.waves)
    expect(await popup.evaluate(readSettings)).toEqual(SETTINGS)

    // The same inbox seen again: same verdicts, the trust kept, nothing stored twice; the disabled
    // account from the old settings is still left alone.
    const again = (await popup.evaluate(send, 'rows.ingest', {
      rows: [...rows, { ...rows[0]!, account: OFF_ACCOUNT, id: 'elsewhere' }],
    })) as { stored: number; verdicts: Record<string, { verdict: string; reasons: string[] }> }
    expect(again.stored).toBe(0)
    expect(again.verdicts[trustedId]?.verdict).toBe('clean')
    expect(again.verdicts[trustedId]?.reasons).toContain('user-trusted')
    const relayAgain = Object.values(again.verdicts).filter((v) => v.verdict === 'relay')
    expect(relayAgain).toHaveLength(wave.length - 1)
    expect(again.verdicts.elsewhere).toBeUndefined()
    expect((await popup.evaluate(readDatabase)).rows).toHaveLength(rows.length)
    const described = (await popup.evaluate(send, 'wave.describe', {
      account: ACCOUNT,
      id: relay[1]!.id,
    })) as {
      wave: { mails: number } | null
    }
    expect(described.wave?.mails).toBe(wave.length - 1) // the trusted ticket left the wave
  })
})
