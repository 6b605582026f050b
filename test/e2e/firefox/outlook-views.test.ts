// Outlook's Focused Inbox in real Firefox ESR: a wave split over Focused and Other is scanned,
// counted per view, archived and moved to Junk from the popup and undone from its log, across
// both views and never beyond the wave; a view whose tab does not answer is reported
// (outlook-views-scenario.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIREFOX_OWN_HOSTS, launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { extensionRequests, unexpectedHosts } from '../support/network.ts'
import {
  viewsInbox,
  viewsScenario,
  type ViewsMailTab,
  type ViewsPopup,
} from '../support/outlook-views-scenario.ts'

const HOST = 'outlook.office365.com'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

describe('Firefox: Outlook cleanup across Focused and Other', () => {
  it(
    'acts on the wave in both views, keeps the rest in its view, and reports a stuck view',
    { timeout: 300_000 },
    async () => {
      const mailbox = viewsInbox(Date.now())
      session.serve(HOST, mailbox.html(false))
      const inbox = await session.openMail(`https://${HOST}/mail/0/inbox`)
      await viewsScenario(
        inbox as unknown as ViewsMailTab,
        async () => (await session.openPopup()) as unknown as ViewsPopup,
        (html) => session.serve(HOST, html),
        mailbox,
      )
      // Privacy: the page, the popup and the background page made no request of their own.
      expect(extensionRequests(session.seen, session.served)).toEqual([])
      expect(unexpectedHosts(session.proxied, FIREFOX_OWN_HOSTS)).toEqual([])
      await inbox.close()
    },
  )
})
