// Every way to follow a link in an opened relay mail, with real mouse and keyboard input in real
// Chromium, in Gmail and in Outlook: each shows the warning first or finds nothing to follow, and
// no tab or request ever reaches the link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { playwrightDriver } from '../support/gesture-drivers.ts'
import { GUARDED_GESTURES, openAnyway, tryLinkGestures } from '../support/link-gestures.ts'
import {
  gmailLinkPage,
  gmailPrintPage,
  outlookLinkPage,
  type LinkPage,
} from '../support/link-scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

async function gesturesOn(scenario: LinkPage) {
  const host = new URL(scenario.url).host
  session.serve(host, scenario.html)
  const page = await session.context.newPage()
  const before = session.outsideRequests.length
  if (scenario.visitFirst) {
    await page.goto(scenario.visitFirst)
    await page.waitForFunction(() => document.querySelector('[data-relay-shield="relay"]'))
  }
  await page.goto(scenario.url)
  // Counted once the mail page shows its web address.
  const pages = webPages(session)
  await page.waitForFunction(() =>
    document.querySelector(
      '[data-relay-shield], [data-relay-shield-hold], [data-relay-shield-guard]',
    ),
  )
  if (scenario.openHash)
    await page.evaluate((hash) => void (location.hash = hash), scenario.openHash)
  const driver = playwrightDriver(page)
  const results = await tryLinkGestures(driver, scenario.link)
  // Requests of this page's gestures that went towards the link (at most one of each).
  const reached = [
    ...new Set(
      session.outsideRequests.slice(before).filter((url) => /nitro-claim|safelinks/u.test(url)),
    ),
  ]
  const opened = webPages(session) - pages
  // "Open anyway" opens what the webmail would have: its redirector or Safe Links, not the
  // unwrapped destination.
  const tab = session.context.waitForEvent('page')
  expect(await openAnyway(driver)).toBe(true)
  await (await tab).close()
  await expect
    .poll(() => session.outsideRequests.slice(before).filter((url) => url === scenario.opens))
    .toHaveLength(1)
  await page.close()
  return { results, reached, opened }
}

describe('Chromium: no gesture follows a link in relay mail without the warning', () => {
  it('in Gmail', async () => {
    expect(await gesturesOn(gmailLinkPage())).toEqual({
      results: GUARDED_GESTURES,
      reached: [],
      opened: 0,
    })
  })

  it("in Gmail's print view", async () => {
    expect(await gesturesOn(gmailPrintPage())).toEqual({
      results: GUARDED_GESTURES,
      reached: [],
      opened: 0,
    })
  })

  it('in Outlook', async () => {
    expect(await gesturesOn(outlookLinkPage(new Date()))).toEqual({
      results: GUARDED_GESTURES,
      reached: [],
      opened: 0,
    })
  })
})

/** Open tabs showing web pages: the extension's own (the welcome page opened on install) and blank
 * ones are not a link's. */
function webPages(session: ChromiumSession): number {
  return session.context.pages().filter((tab) => /^https?:/u.test(tab.url())).length
}
