// A long cleanup action while the service worker is stopped again and again, in real Chromium:
// the page keeps acting, reports each paced chunk, and the log ends up with every message's result
// matching the page exactly. A logged hide is still undone after the worker was stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { actOnLargestWave, GMAIL_ACCOUNT } from '../support/gmail-ui.ts'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'

const WAVE = 200 // ten paced chunks of 20: several seconds of clicking in the page

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

interface LoggedAction {
  id: string
  action: string
  ids: string[]
  results: Record<string, string>
  finishedAt: number | null
  undoneAt: number | null
}

/** The action log as stored, read from an extension page. */
async function actionLog(): Promise<LoggedAction[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('relay-shield')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const entries = await new Promise<LoggedAction[]>((resolve) => {
    const request = db.transaction('actions').objectStore('actions').getAll()
    request.onsuccess = () => resolve(request.result as LoggedAction[])
  })
  db.close()
  return entries
}

async function undo([account, actionId]: [string, string]): Promise<unknown> {
  const api = (
    globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } }
    }
  ).chrome
  return api.runtime.sendMessage({ type: 'actions.undo', payload: { account, actionId } })
}

const waveIdsInPage = () =>
  [...document.querySelectorAll('tr.zA[data-relay-shield="relay"]')].length

describe('Chromium: the service worker is stopped during a long cleanup action', () => {
  it('logs exactly which messages were processed, and undo still works', async () => {
    const mails = [
      ...waveMails(WAVE, new Date(2026, 10, 17, 10, 0), 5_000),
      ...ordinaryMails(20, new Date(2026, 9, 1)),
    ]
    // One page holds the whole wave: this test is about the log, paging is tested on its own.
    session.serve('mail.google.com', gmailInteractiveReplica(mails, { pageSize: WAVE + 20 }))
    const page = await session.context.newPage()
    await page.goto('https://mail.google.com/mail/u/0/#inbox')
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
      WAVE + 20,
    )
    expect(await page.evaluate(waveIdsInPage)).toBe(WAVE)
    const popup = await session.openPopup()

    // Hide, stop the worker, undo from the log: every hidden row is shown again.
    await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'hide'] as [string, string])
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-relay-shield-hidden]').length === n,
      WAVE,
    )
    await session.stopWorker()
    const hide = (await popup.evaluate(actionLog)).find((entry) => entry.action === 'hide')!
    expect(Object.values(hide.results).filter((outcome) => outcome === 'done')).toHaveLength(WAVE)
    const undone = (await popup.evaluate(undo, [GMAIL_ACCOUNT, hide.id] as [string, string])) as {
      undoable: boolean
    }
    expect(undone.undoable).toBe(true)
    await page.waitForFunction(
      () => document.querySelectorAll('tr[data-relay-shield-hidden]').length === 0,
    )

    // Archive the wave; stop the worker after the first chunk left the list and twice more.
    void popup
      .evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'archive'] as [string, string])
      .catch(() => {})
    let stops = 0
    for (const left of [WAVE - 20, WAVE - 80, WAVE - 140]) {
      await page.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length <= n,
        left,
        { timeout: 30_000 },
      )
      if ((await page.evaluate(waveIdsInPage)) > 0) {
        await session.stopWorker()
        stops++
      }
    }
    expect(stops).toBeGreaterThanOrEqual(2)
    await page.waitForFunction(
      () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === 0,
      undefined,
      { timeout: 30_000 },
    )
    // The log is complete once the page's last report is in (the popup's own answer may be lost).
    const finished = async () =>
      (await popup.evaluate(actionLog)).find(
        (logged) => logged.action === 'archive' && logged.finishedAt,
      )
    await expect
      .poll(finished, { timeout: 20_000, message: 'the archive action is logged as finished' })
      .toBeDefined()
    const archive = (await finished())!
    const stillInPage = new Set(
      await page.evaluate(() =>
        [...document.querySelectorAll('tr.zA span[data-thread-id]')].map((span) =>
          span.getAttribute('data-thread-id')!.replace(/^#/u, ''),
        ),
      ),
    )
    const done = archive.ids.filter((id) => archive.results[id] === 'done')
    const notDone = archive.ids.filter((id) => archive.results[id] !== 'done')
    console.info(
      `worker stopped ${stops} times during the archive of ${WAVE} mails: ${done.length} logged done, ${notDone.length} not, ${archive.ids.length - Object.keys(archive.results).length} without a result`,
    )
    expect(archive.ids).toHaveLength(WAVE)
    expect(Object.keys(archive.results).sort()).toEqual([...archive.ids].sort())
    // Exactly: every message logged as done left the list, every other one is still in it.
    expect(done.filter((id) => stillInPage.has(id))).toEqual([])
    expect(notDone.filter((id) => !stillInPage.has(id))).toEqual([])
    expect(done).toHaveLength(WAVE)
    expect((await popup.evaluate(actionLog)).find((e) => e.id === hide.id)!.undoneAt).not.toBeNull()
  }, 120_000)
})
