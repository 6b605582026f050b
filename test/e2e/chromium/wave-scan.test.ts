// "Scan the wave" in real Chromium: the popup has the Gmail tab search the wave's time span, page
// by page and across category tabs, and then counts the whole wave.
import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import type { ScenarioPage } from '../support/trust-scenario.ts'
import { scanInbox, waveScanScenario } from '../support/wave-scan-scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: scanning the wave from the popup', () => {
  it('reads the wave on every page and tab, and the popup counts all of it', async () => {
    session.serve('mail.google.com', scanInbox(Date.now()).html)
    const inbox = await session.context.newPage()
    await inbox.goto('https://mail.google.com/mail/u/0/#inbox')
    await waveScanScenario(
      inbox as unknown as ScenarioPage,
      async () =>
        (await session.openPopup()) as unknown as ScenarioPage & { close(): Promise<void> },
    )
    await inbox.close()
  })
})
