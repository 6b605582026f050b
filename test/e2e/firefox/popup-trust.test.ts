// The popup's trust controls in real Firefox: "Not relay spam" and "I opened a ticket here".
import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { trustInbox, trustScenario, type ScenarioPage } from '../support/trust-scenario.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

describe('Firefox: trusting a company from the popup', () => {
  it(
    'clears a company the user trusts and expects the ticket the user opened',
    { timeout: 90_000 },
    async () => {
      const { html, mails } = trustInbox(Date.now())
      session.serve('mail.google.com', html)
      const inbox = await session.openMail('https://mail.google.com/mail/u/0/#inbox')
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
