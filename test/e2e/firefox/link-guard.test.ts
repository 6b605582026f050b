// Every way to follow a link in an opened relay mail, with real mouse and keyboard input in real
// Firefox ESR, in Gmail and in Outlook (same gestures as the Chromium test, other driver).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { puppeteerDriver } from '../support/gesture-drivers.ts'
import { GUARDED_GESTURES, tryLinkGestures } from '../support/link-gestures.ts'
import { gmailLinkPage, outlookLinkPage, type LinkPage } from '../support/link-scenario.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

async function gesturesOn(scenario: LinkPage) {
  session.serve(new URL(scenario.url).host, scenario.html)
  const pages = (await session.browser.pages()).length
  const before = session.outsideRequests.length
  const page = await session.openMail(scenario.url)
  await page.waitForFunction(() => document.querySelector('[data-relay-shield]'))
  if (scenario.openHash)
    await page.evaluate((hash) => void (location.hash = hash), scenario.openHash)
  const results = await tryLinkGestures(puppeteerDriver(page), scenario.link)
  // Requests of this page's gestures that went towards the link (at most one of each).
  const reached = [
    ...new Set(
      session.outsideRequests.slice(before).filter((url) => /nitro-claim|safelinks/u.test(url)),
    ),
  ]
  // The mail page itself is the one page more.
  const opened = (await session.browser.pages()).length - pages - 1
  await page.close()
  return { results, reached, opened }
}

describe('Firefox: no gesture follows a link in relay mail without the warning', () => {
  it('in Gmail', async () => {
    expect(await gesturesOn(gmailLinkPage())).toEqual({
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
