// The whole-wave cleanup in real Chromium: a 300-mail wave over seven pages of two inbox tabs is
// labelled, archived, reported and deleted from the popup, each undone from the log, and the
// important mail and the trusted company's mail are never touched (bulk-scenario.ts).
import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { bulkInbox, bulkScenario } from '../support/bulk-scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: one click cleans the whole wave', () => {
  it(
    'acts on every wave mail on every page and tab, keeps the rest, and undoes each action',
    { timeout: 300_000 },
    async () => {
      const { html, important } = bulkInbox(Date.now())
      session.serve('mail.google.com', html)
      const inbox = await session.context.newPage()
      await inbox.goto('https://mail.google.com/mail/u/0/#inbox')
      await bulkScenario(
        inbox as unknown as Parameters<typeof bulkScenario>[0],
        async () =>
          (await session.openPopup()) as unknown as Parameters<typeof bulkScenario>[0] & {
            close(): Promise<void>
          },
        important,
      )
      await inbox.close()
    },
  )
})
