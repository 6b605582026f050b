// The popup's trust controls in real Chromium: "Not relay spam" and "I opened a ticket here".
import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { trustInbox, trustScenario, type ScenarioPage } from '../support/trust-scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: trusting a company from the popup', () => {
  it(
    'clears a company the user trusts and expects the ticket the user opened',
    { timeout: 90_000 },
    async () => {
      const { html, mails } = trustInbox(Date.now())
      session.serve('mail.google.com', html)
      const inbox = await session.context.newPage()
      await inbox.goto('https://mail.google.com/mail/u/0/#inbox')
      await trustScenario(
        inbox as unknown as ScenarioPage,
        async () =>
          (await session.openPopup()) as unknown as ScenarioPage & { close(): Promise<void> },
        mails,
      )
      await inbox.close()
    },
  )
})
