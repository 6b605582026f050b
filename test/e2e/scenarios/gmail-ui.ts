// Everything a Gmail user sees of Relay Shield, the same steps in both browsers, on an interactive
// replica inbox served at https://mail.google.com: markers, the banner in an opened relay mail,
// its links guarded (mouse and keyboard), nothing on a genuine mail, a report from the banner,
// bulk hide and archive, the options page, and not one request by the extension.
import { expect } from 'vitest'
import type { BrowserDriver, DriverPage, ScenarioTest } from '../support/driver.ts'
import {
  actOnLargestWave,
  GMAIL_ACCOUNT,
  gmailUiScenario,
  rowStates,
  shadowText,
  type GmailUiScenario,
} from '../support/gmail-ui.ts'
import { button, countIs, GMAIL_INBOX } from './steps.ts'

const WARNING = '[data-relay-shield-link-warning]'
const HIDDEN = 'tr[data-relay-shield-hidden]'

type Results = { results: Record<string, string> }

export const gmailUiTests: ScenarioTest[] = [
  {
    name: 'marks, warns in an opened relay mail, guards its links, and cleans up through Gmail',
    run: async (driver) => {
      const scenario = gmailUiScenario()
      driver.serve('mail.google.com', scenario.html)
      const page = await driver.openMail(GMAIL_INBOX)
      await marksAndBanner(page, scenario)
      await linkGuarded(driver, page, scenario)
      await genuineAndReport(page, scenario)
      const popup = await driver.openPopup()
      await bulkActions(popup, page, scenario)
      await optionsPage(await driver.openOptions())
      await noRequests(driver, popup, page)
      await popup.close()
      await page.close()
    },
  },
]

async function marksAndBanner(page: DriverPage, scenario: GmailUiScenario) {
  const waveSize = scenario.wave.length
  await page.waitFor(countIs, ['relay-shield-marker', waveSize])
  expect(await page.evaluate(rowStates, null)).toEqual({
    rows: scenario.rows,
    relay: waveSize,
    markers: waveSize,
    hidden: 0,
  })
  // The reason shows on focus, for keyboard users.
  await page.focus('relay-shield-marker')
  expect(
    await page.evaluate(
      () => document.querySelector('relay-shield-marker')?.getAttribute('aria-label'),
      null,
    ),
  ).toMatch(/^Relay spam: .+/u)

  // A relay message opened: banner with the wave in plain words.
  await openThread(page, scenario.legacyId(scenario.wave[0]!))
  await page.waitFor(bannerSays, 'One of')
  const banner = await page.evaluate(shadowText, 'data-relay-shield-banner')
  // Gmail's list shows minutes only, so the wave's span is whole minutes.
  expect(banner).toMatch(
    new RegExp(
      `One of ${waveSize} ticket confirmations from 12 companies within 1[12] minutes`,
      'u',
    ),
  )
  expect(banner).toContain('If you did not write to discord,')
  expect(banner).toContain('Hide this wave')
}

async function linkGuarded(driver: BrowserDriver, page: DriverPage, scenario: GmailUiScenario) {
  // No click or key opens a tab: as many tabs after as before (in Chromium the blank start page
  // and this one; Firefox keeps more blank tabs of its own).
  const tabs = await driver.tabUrls()
  // A link click in it does not navigate: the warning names the real destination.
  await page.click('div.a3s a')
  await page.waitFor(present, WARNING)
  const warning = await page.evaluate(shadowText, 'data-relay-shield-link-warning')
  expect(warning).toContain(scenario.relayLink)
  expect(warning).toContain('nitro-claim.example')
  await page.keyboard.press('Escape')
  await page.waitFor(absent, WARNING)
  // The keyboard too: Enter on the focused link shows the same warning.
  await page.focus('div.a3s a')
  await page.keyboard.press('Enter')
  await page.waitFor(present, WARNING)
  await page.click(`${WARNING} >>> [data-choice=cancel]`)
  await page.waitFor(absent, WARNING)
  expect(page.url()).toBe(`${GMAIL_INBOX}/${scenario.legacyId(scenario.wave[0]!)}`)
  expect(driver.outsideRequests.filter((url) => url.includes('nitro-claim'))).toEqual([])
  expect(await driver.tabUrls()).toEqual(tabs)
}

async function genuineAndReport(page: DriverPage, scenario: GmailUiScenario) {
  // A genuine message opened: no banner, links untouched.
  const genuine = scenario.legacyId(scenario.ordinary[0]!)
  await openThread(page, genuine)
  await page.waitFor(
    (id) =>
      document.querySelector('h2[data-thread-perm-id]')?.getAttribute('data-legacy-thread-id') ===
        id && !document.querySelector('[data-relay-shield-banner]'),
    genuine,
  )
  await page.evaluate(() => new Promise(requestAnimationFrame), null)
  expect(await page.evaluate(present, '[data-relay-shield-banner]')).toBe(false)
  expect(await page.evaluate(present, '[data-relay-shield-guard]')).toBe(false)

  // Report from the banner asks first and explains the harm; confirmed, Gmail reports it.
  await openThread(page, scenario.legacyId(scenario.wave[1]!))
  await page.waitFor(present, '[data-relay-shield-banner]')
  await page.click('[data-relay-shield-banner] >>> [data-action=report]')
  await page.waitFor(present, '[data-relay-shield-confirm]')
  expect(await page.evaluate(shadowText, 'data-relay-shield-confirm')).toContain(
    'sending reputation',
  )
  await page.click('[data-relay-shield-confirm] >>> [data-choice=confirm]')
  await page.waitFor(
    () => location.hash === '#inbox' && !document.querySelector('h2[data-thread-perm-id]'),
    null,
  )
  expect((await page.evaluate(rowStates, null)).relay).toBe(scenario.wave.length - 1)
}

async function bulkActions(popup: DriverPage, page: DriverPage, scenario: GmailUiScenario) {
  const waveSize = scenario.wave.length
  // Bulk hide from the popup through the typed protocol, then undo from the page's notice.
  const hidden = (await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'hide'])) as Results
  expect(Object.values(hidden.results).filter((r) => r === 'done')).toHaveLength(waveSize)
  await page.waitFor(countIs, [HIDDEN, waveSize - 1])
  expect(await page.visible(HIDDEN)).toBe(false)
  await page.click('[data-relay-shield-notice] >>> button')
  await page.waitFor(countIs, [HIDDEN, 0])

  // Bulk archive: rows selected by their checkboxes, Gmail's Archive pressed, rows gone.
  const archived = (await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'archive'])) as Results
  const outcomes = Object.values(archived.results)
  expect(outcomes.filter((r) => r === 'done')).toHaveLength(waveSize - 1)
  expect(outcomes.filter((r) => r === 'not-found')).toHaveLength(1) // the one reported above
  expect(await page.evaluate(rowStates, null)).toEqual({
    rows: scenario.rowsAfter(waveSize),
    relay: 0,
    markers: 0,
    hidden: 0,
  })
}

/** The options page: a setting saved, then all stored data cleared after confirmation. */
async function optionsPage(options: DriverPage) {
  await options.waitFor(present, 'fieldset')
  await options.click('input[name=relayRows][value=hide]')
  expect(await options.text('main > [role=status]', 'Saved.')).toBe('Saved.')
  await options.click(button('Clear all data'))
  await options.click(button('Clear everything'))
  expect(await options.text('[role=status]', 'cleared')).toBe('All stored data was cleared.')
  await options.close()
}

/** Privacy: in all of that the extension made no request; the page's own images were all. */
async function noRequests(driver: BrowserDriver, popup: DriverPage, page: DriverPage) {
  expect(driver.extensionRequests()).toEqual([])
  console.info(`requests observed during the flow: ${driver.requestsSeen()}, by the extension: 0`)
  // The recorder does see extension traffic: a fetch from the extension's own contexts, and a
  // pixel a content script might add, are all reported.
  const fetched = await driver.probeExtensionFetch(popup, 'https://collect.example')
  // The page's own image path (images/cleardot.gif on /mail/u/0/) on another host.
  const pixel = 'https://collect.example/mail/u/0/images/cleardot.gif'
  await page.evaluate((src) => {
    const image = document.createElement('img')
    image.src = src
    document.body.append(image)
  }, pixel)
  await expect
    .poll(() => driver.extensionRequests().sort())
    .toEqual([...fetched, `page ${driver.imageType} ${pixel}`].sort())
}

async function openThread(page: DriverPage, legacyId: string) {
  await page.evaluate((id) => void (location.hash = `#inbox/${id}`), legacyId)
}

// ---- page functions ----

function present(selector: string): boolean {
  return document.querySelector(selector) !== null
}

function absent(selector: string): boolean {
  return document.querySelector(selector) === null
}

function bannerSays(text: string): boolean {
  const banner = document.querySelector('[data-relay-shield-banner]')
  return Boolean(banner?.shadowRoot?.textContent?.includes(text))
}
