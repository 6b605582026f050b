// The scenario driver (driver.ts) over playwright-core in real Chromium: Playwright locators for
// what a user finds (role and name, or CSS, which pierces open shadow roots), and its own
// condition waits. The Chromium session (chromium.ts) stays reachable for Chromium-only checks.
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { launchChromium, type ChromiumSession } from './chromium.ts'
import {
  explainTextWait,
  launchFor,
  type BrowserDriver,
  type DriverPage,
  type Launched,
  type Target,
} from './driver.ts'
import { extensionRequests } from './network.ts'

export interface ChromiumDriver extends BrowserDriver {
  session: ChromiumSession
}

// Page functions take plain serialisable values, so Playwright's handle unboxing is moot.
type Plain = (arg: unknown) => unknown

const TIMEOUT = 30_000

/** Launches Chromium once for the test file that calls this. */
export function useChromium(): Launched<ChromiumDriver> {
  return launchFor('Chromium', async () => chromiumDriver(await launchChromium()))
}

export function chromiumDriver(session: ChromiumSession): ChromiumDriver {
  const { context } = session
  const count = (url: string) => session.outsideRequests.filter((seen) => seen === url).length
  return {
    name: 'Chromium',
    session,
    serve: session.serve,
    openMail: async (url) => {
      const page = chromiumPage(await context.newPage())
      await page.goto(url)
      return page
    },
    openPopup: async () => chromiumPage(await session.openPopup()),
    openOptions: async () => chromiumPage(await session.openOptions()),
    tabUrls: async () => context.pages().map((page) => page.url()),
    tabOpened: async (url, open) => {
      const before = count(url)
      const tab = context.waitForEvent('page')
      await open()
      await (await tab).close()
      // The tab's load is answered by the router, which records it: exactly one more.
      await expect.poll(() => count(url)).toBe(before + 1)
    },
    outsideRequests: session.outsideRequests,
    extensionRequests: () => extensionRequests(session.seen, session.served),
    requestsSeen: () => session.seen.length,
    probeExtensionFetch: async (page, url) => {
      const worker = await session.worker()
      await worker.evaluate((to) => fetch(to).catch(() => null), `${url}/w`)
      await page.evaluate((to) => fetch(to).catch(() => null), `${url}/x`)
      return [`worker fetch ${url}/w`, `extension-page fetch ${url}/x`]
    },
    imageType: 'image',
    close: () => session.close(),
  }
}

export function chromiumPage(page: Page): DriverPage {
  const locate = (target: Target): Locator => {
    if (typeof target === 'string')
      // Playwright's CSS enters open shadow roots by itself.
      return page.locator(target.replaceAll(' >>> ', ' ')).first()
    const scope = target.within
      ? page.locator(target.within.css, { hasText: target.within.hasText }).first()
      : page
    return scope.getByRole(target.role, { name: target.name, exact: true }).first()
  }
  const evaluate: DriverPage['evaluate'] = (fn, arg) =>
    page.evaluate(fn as Plain, arg) as Promise<never>
  return {
    evaluate,
    evaluateSource: async (source) => void (await page.evaluate(source)),
    waitFor: async (fn, arg, options = {}) => {
      await page.waitForFunction(fn as Plain, arg, {
        timeout: options.timeout ?? TIMEOUT,
        polling: options.polling ?? 100,
      })
    },
    text: async (selector, text = '', options = {}) => {
      const found = page.locator(selector, { hasText: new RegExp(escapeRegExp(text), 'u') })
      const wait = found.first().waitFor({ state: 'attached', timeout: options.timeout ?? TIMEOUT })
      await explainTextWait(wait, { evaluate }, selector, text)
      return (await found.first().textContent()) ?? ''
    },
    // A tab in the background draws no frames, and Playwright waits for two frames of a stable
    // element before it clicks: as a user does, the tab clicked is brought to the front first.
    click: async (target) => {
      await page.bringToFront()
      await locate(target).click()
    },
    check: async (target, checked = true) => {
      await page.bringToFront()
      await locate(target).setChecked(checked)
    },
    visible: (selector) => page.locator(selector).first().isVisible(),
    focus: (selector) => page.locator(selector).first().focus(),
    goto: async (url) => {
      // Thousands of rows take long to load on a busy machine: every scenario waits on what
      // counts after opening a page, so the navigation itself is awaited only until it commits.
      await page.goto(url, { waitUntil: 'commit' })
    },
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    mouse: page.mouse,
    keyboard: page.keyboard,
    download: async (target) => {
      const [download] = await Promise.all([page.waitForEvent('download'), locate(target).click()])
      const path = await download.path()
      return { file: download.suggestedFilename(), text: await readFile(path, 'utf8') }
    },
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
