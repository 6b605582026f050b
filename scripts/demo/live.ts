// The wave arriving live in the demo: rows inserted in bursts, newest on top as the webmails do,
// and after each burst what followed them: rows marked, the toolbar badge, the notification.
import type { Page, Worker } from 'playwright-core'

export interface Arrival {
  /** Inserts the burst's rows into the page's list. */
  insert: (page: Page, rows: string[]) => Promise<void>
  /** How many of the page's rows carry a verdict, and how many of them are relay. */
  marked: (page: Page) => Promise<{ rows: number; marked: number; relay: number }>
}

export const gmailArrival: Arrival = {
  insert: (page, rows) =>
    page.evaluate((html) => {
      const body = document.querySelector('tr.zA')?.parentElement
      body?.insertAdjacentHTML('afterbegin', [...html].reverse().join(''))
    }, rows),
  marked: (page) =>
    page.evaluate(() => ({
      rows: document.querySelectorAll('tr.zA').length,
      marked: document.querySelectorAll('tr.zA[data-relay-shield]').length,
      relay: document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length,
    })),
}

export const outlookArrival: Arrival = {
  insert: (page, rows) =>
    page.evaluate((html) => {
      document
        .querySelector('[role=listbox]')
        ?.insertAdjacentHTML('afterbegin', [...html].reverse().join(''))
    }, rows),
  marked: (page) =>
    page.evaluate(() => ({
      rows: document.querySelectorAll('[role=option]').length,
      marked: document.querySelectorAll('[role=option][data-relay-shield]').length,
      relay: document.querySelectorAll('[role=option][data-relay-shield="relay"]').length,
    })),
}

/**
 * Inserts `bursts` one after the other, `gapMs` apart (the demo's pace, so a viewer sees the wave
 * build), waits after each until every row is judged, and prints what followed.
 */
export async function arriveLive(
  page: Page,
  worker: Worker,
  arrival: Arrival,
  bursts: string[][],
  gapMs: number,
  name: string,
): Promise<void> {
  for (const [i, rows] of bursts.entries()) {
    await arrival.insert(page, rows)
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every((row) =>
          row.hasAttribute('data-relay-shield'),
        ),
      name === 'Gmail' ? 'tr.zA' : '[role=option]',
      { polling: 50 },
    )
    const seen = await arrival.marked(page)
    const badge = await worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: object): Promise<string> } }
        }
      ).chrome.action.getBadgeText({}),
    )
    const notified = await worker.evaluate(
      async () =>
        Object.keys(
          await (
            globalThis as unknown as {
              chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } }
            }
          ).chrome.notifications.getAll(),
        ).length,
    )
    console.log(
      `${name} burst ${i + 1}/${bursts.length}: ${seen.rows} rows, ${seen.relay} marked relay spam, badge "${badge}", ${notified} notification${notified === 1 ? '' : 's'}`,
    )
    if (i < bursts.length - 1) await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
}
