import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

const ROWS = 1_500 // 15 ingest batches

describe('Chromium: the service worker is stopped in the middle of an ingest', () => {
  it('stores every row exactly once and marks every row after the worker restarts', async () => {
    const mails = [
      ...waveMails(500, new Date(2026, 10, 17, 10, 0), 5_000),
      ...ordinaryMails(ROWS - 500, new Date(2026, 9, 1)),
    ]
    session.serve('mail.google.com', gmailReplica(mails))
    const marker = await session.worker()
    await marker.evaluate(() => ((globalThis as Record<string, unknown>).__beforeStop = true))

    // The stops go through a DevTools session opened beforehand, so each one follows its cue at
    // once: opening one per stop took long enough on a loaded machine for the whole ingest to end
    // before the first stop.
    const stopWorker = await workerStopper(session)
    const page = await session.context.newPage()
    await page.goto('https://mail.google.com/mail/u/0/#inbox')
    const marked = () =>
      page.evaluate(() => document.querySelectorAll('tr.zA[data-relay-shield]').length)
    // Stop the worker at once, as the page starts sending its rows, and again after every further
    // batch: each stop lands during or between batches. A stop counts when rows were still
    // unmarked after it (they needed the restarted worker). The first stop does not wait for a
    // marked row: on a loaded machine the whole ingest could end while that wait polls.
    let stops = 0
    for (let point = 0; point < ROWS; point += 100) {
      await page.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length >= n,
        point,
        { timeout: 60_000 },
      )
      await stopWorker()
      if ((await marked()) < ROWS) stops++
      else break
    }
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
      ROWS,
      {
        timeout: 60_000,
      },
    )
    console.info(`worker stopped ${stops} times during the ingest of ${ROWS} rows`)
    expect(stops).toBeGreaterThan(0)

    // The popup's request starts the worker again (a stopped worker is not restarted before
    // something asks for it); the worker that answers is a new one.
    const popup = await session.openPopup()
    await popup.waitForSelector('[data-testid=total]')
    const restarted = await session.worker()
    expect(
      await restarted.evaluate(() => (globalThis as Record<string, unknown>).__beforeStop ?? null),
    ).toBeNull()

    expect(await popup.textContent('[data-testid=total]')).toContain(String(ROWS))
    const stored = await popup.$$eval('td.count', (cells) =>
      cells.reduce((sum, cell) => sum + Number(cell.textContent), 0),
    )
    expect(stored).toBe(ROWS)
    const verdicts = await page.evaluate(() =>
      [...document.querySelectorAll('tr.zA')].map((r) => r.getAttribute('data-relay-shield')),
    )
    expect(verdicts.filter((v) => v === 'relay')).toHaveLength(500)
    expect(verdicts.filter((v) => v === 'clean')).toHaveLength(ROWS - 500)
  })
})

/** Stops the extension's service worker through a DevTools session kept open for it. */
async function workerStopper(session: ChromiumSession): Promise<() => Promise<void>> {
  const control = await session.context.newPage()
  const cdp = await session.context.newCDPSession(control)
  await cdp.send('ServiceWorker.enable')
  return async () => void (await cdp.send('ServiceWorker.stopAllWorkers'))
}
