// Every way to follow a link in an opened relay mail, with real mouse and keyboard input, in Gmail,
// Gmail's print view and Outlook: each shows the warning first or finds nothing to follow, no tab
// or request ever reaches the link, and "Open anyway" opens what the webmail itself would open
// (its redirector or Safe Links, not the unwrapped destination). Same steps in both browsers.
import { expect } from 'vitest'
import type { BrowserDriver, ScenarioTest } from '../support/driver.ts'
import { GUARDED_GESTURES, openAnyway, tryLinkGestures } from '../support/link-gestures.ts'
import { gmailLinkPage, gmailPrintPage, outlookLinkPage, type LinkPage } from './link-pages.ts'

const GUARDED = { results: GUARDED_GESTURES, reached: [], opened: 0 }

export const linkGuardTests: ScenarioTest[] = [
  { name: 'in Gmail', run: async (driver) => expectGuarded(driver, gmailLinkPage()) },
  { name: "in Gmail's print view", run: async (driver) => expectGuarded(driver, gmailPrintPage()) },
  { name: 'in Outlook', run: async (driver) => expectGuarded(driver, outlookLinkPage(new Date())) },
]

async function expectGuarded(driver: BrowserDriver, scenario: LinkPage): Promise<void> {
  expect(await gesturesOn(driver, scenario)).toEqual(GUARDED)
}

async function gesturesOn(driver: BrowserDriver, scenario: LinkPage) {
  driver.serve(new URL(scenario.url).host, scenario.html)
  const before = driver.outsideRequests.length
  const page = await driver.openMail(scenario.visitFirst ?? scenario.url)
  if (scenario.visitFirst) {
    await page.waitFor(() => document.querySelector('[data-relay-shield="relay"]'), null)
    await page.goto(scenario.url)
  }
  await page.waitFor(
    () =>
      document.querySelector(
        '[data-relay-shield], [data-relay-shield-hold], [data-relay-shield-guard]',
      ),
    null,
  )
  // Counted once the mail page shows its web address.
  const pages = await webPages(driver)
  if (scenario.openHash)
    await page.evaluate((hash) => void (location.hash = hash), scenario.openHash)
  const results = await tryLinkGestures(page, scenario.link)
  // Requests of this page's gestures that went towards the link (at most one of each).
  const reached = [
    ...new Set(
      driver.outsideRequests.slice(before).filter((url) => /nitro-claim|safelinks/u.test(url)),
    ),
  ]
  const opened = (await webPages(driver)) - pages
  await driver.tabOpened(scenario.opens, async () => expect(await openAnyway(page)).toBe(true))
  await page.close()
  return { results, reached, opened }
}

/** Open tabs showing web pages: the extension's own (the welcome page opened on install) and blank
 * ones are not a link's. */
async function webPages(driver: BrowserDriver): Promise<number> {
  return (await driver.tabUrls()).filter((url) => /^https?:/u.test(url)).length
}
