// Scale in real Chromium: a 3,000-row replica inbox, then a 1,000-mail wave arriving in bursts
// while earlier rows are still being judged. Every row is judged, the wave is called relay, and
// the script heap stays bounded. How long the extension's tasks take at this scale is measured by
// `scripts/bench-scale.ts` (printed, not asserted: it depends on the machine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { scaleInbox } from '../../support/scale-inbox.ts'

const INBOX = 3_000
const WAVE = 1_000
/** Each burst makes Chromium lay out and paint the whole page again: few, large ones. */
const BURST = 250
/** A generous bound on script heap growth for 1,000 more rows (a verdict and a few strings each). */
const MAX_HEAP_GROWTH_MB = 50

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: a 3,000-row inbox and a 1,000-mail wave arriving in bursts', () => {
  it(
    'judges every row and calls the wave relay, in bounded memory',
    { timeout: 180_000 },
    async () => {
      const { inbox, bursts } = scaleInbox(INBOX, WAVE, BURST)
      session.serve('mail.google.com', gmailReplica(inbox))
      const page = await session.context.newPage()
      const cdp = await session.context.newCDPSession(page)
      // Thousands of rows take long to load on a busy machine: the wait below is on what counts.
      await page.goto('https://mail.google.com/mail/u/0/#inbox', { waitUntil: 'commit' })
      const judged = (n: number) =>
        page.waitForFunction(
          (count) => document.querySelectorAll('tr.zA[data-relay-shield]').length === count,
          n,
          { timeout: 120_000, polling: 500 },
        )
      const heap = async () =>
        ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1_048_576
      await judged(INBOX)
      const heapBefore = await heap()
      // Bursts go in one after another, each while the rows of the ones before are being judged.
      for (const html of bursts)
        await page.evaluate((rows) => {
          const body = document.querySelector('table.F tbody') ?? document.querySelector('tbody')!
          body.insertAdjacentHTML('beforeend', rows)
        }, html)
      await judged(INBOX + WAVE)
      await cdp.send('HeapProfiler.collectGarbage')
      const growthMb = (await heap()) - heapBefore
      const relay = await page.evaluate(
        () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length,
      )
      console.info(
        `scale: ${INBOX + WAVE} rows judged, ${relay} relay; heap grew ${growthMb.toFixed(1)} MB`,
      )
      expect(relay).toBeGreaterThanOrEqual(WAVE - 10)
      // No ordinary mail of the inbox is called relay.
      expect(relay).toBeLessThanOrEqual(WAVE)
      expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB)
      await page.close()
    },
  )
})
