// Every way to follow a link in an opened relay mail, with real mouse and keyboard input in real
// Firefox ESR, in Gmail and in Outlook (same gestures as the Chromium test, other driver).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { puppeteerDriver } from '../support/gesture-drivers.ts'
import { GUARDED_GESTURES, openAnyway, tryLinkGestures } from '../support/link-gestures.ts'
import {
  gmailLinkPage,
  gmailPrintPage,
  outlookLinkPage,
  type LinkPage,
} from '../support/link-scenario.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

async function gesturesOn(scenario: LinkPage) {
  session.serve(new URL(scenario.url).host, scenario.html)
  const pages = await webPages(session)
  const before = session.outsideRequests.length
  const page = await session.openMail(scenario.visitFirst ?? scenario.url)
  if (scenario.visitFirst) {
    await page.waitForFunction(() => document.querySelector('[data-relay-shield="relay"]'))
    await page.goto(scenario.url)
  }
  await page.waitForFunction(() =>
    document.querySelector(
      '[data-relay-shield], [data-relay-shield-hold], [data-relay-shield-guard]',
    ),
  )
  if (scenario.openHash)
    await page.evaluate((hash) => void (location.hash = hash), scenario.openHash)
  const driver = puppeteerDriver(page)
  const results = await tryLinkGestures(driver, scenario.link)
  // Requests of this page's gestures that went towards the link (at most one of each).
  const reached = [
    ...new Set(
      session.outsideRequests.slice(before).filter((url) => /nitro-claim|safelinks/u.test(url)),
    ),
  ]
  // The mail page itself is the one page more; only web pages count: the extension's own (the
  // welcome page opened on install) and blank ones are not the link's.
  const opened = (await webPages(session)) - pages - 1
  // "Open anyway" opens what the webmail would have: its redirector or Safe Links, not the
  // unwrapped destination.
  const tab = session.browser.waitForTarget((target) => triedUrl(target.url()) === scenario.opens)
  expect(await openAnyway(driver)).toBe(true)
  await (await (await tab).page())?.close()
  await page.close()
  return { results, reached, opened }
}

async function webPages(session: { browser: { pages(): Promise<{ url(): string }[]> } }) {
  return (await session.browser.pages()).filter((tab) => /^https?:/u.test(tab.url())).length
}

/** The address a tab tried to load: Firefox shows a failed load (no network) as about:neterror. */
function triedUrl(url: string): string {
  return url.startsWith('about:neterror') ? (new URL(url).searchParams.get('u') ?? '') : url
}

describe('Firefox: no gesture follows a link in relay mail without the warning', () => {
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
