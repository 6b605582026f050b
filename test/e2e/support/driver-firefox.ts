// The scenario driver (driver.ts) over puppeteer-core in real Firefox ESR (WebDriver BiDi):
// puppeteer's waitForSelector (with `>>>` into shadow roots) and waitForFunction as condition
// waits, and real mouse clicks on the element found. Puppeteer's ARIA queries need CDP, so a
// control's role and name are matched by a page function (controls.ts).
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core'
import { findControl, toControlSpec } from './controls.ts'
import {
  explainTextWait,
  launchFor,
  type BrowserDriver,
  type DriverPage,
  type Launched,
  type Target,
  type WaitOptions,
} from './driver.ts'
import { FIREFOX_OWN_HOSTS, launchFirefox, type FirefoxSession } from './firefox.ts'
import { extensionRequests, unexpectedHosts } from './network.ts'

// Page functions take plain serialisable values, so puppeteer's handle unboxing is moot.
type Plain = (arg: unknown) => unknown

const TIMEOUT = 30_000

/** Launches Firefox once for the test file that calls this. */
export function useFirefox(): Launched {
  return launchFor('Firefox', async () => firefoxDriver(await launchFirefox()))
}

export function firefoxDriver(session: FirefoxSession): BrowserDriver {
  const { browser } = session
  return {
    name: 'Firefox',
    serve: session.serve,
    openMail: async (url) => firefoxPage(await session.openMail(url)),
    openPopup: async () => firefoxPage(await session.openPopup()),
    openOptions: async () => firefoxPage(await session.openOptions()),
    tabUrls: async () => (await browser.pages()).map((page) => page.url()),
    tabOpened: async (url, open) => {
      const tab = browser.waitForTarget((target) => triedUrl(target.url()) === url)
      await open()
      await (await (await tab).page())?.close()
    },
    outsideRequests: session.outsideRequests,
    extensionRequests: () => [
      ...extensionRequests(session.seen, session.served),
      ...unexpectedHosts(session.proxied, FIREFOX_OWN_HOSTS).map((host) => `proxy ${host}`),
    ],
    requestsSeen: () => session.seen.length,
    // The background page is out of BiDi's reach; an extension page's fetch goes through the proxy.
    probeExtensionFetch: async (page, url) => {
      await page.evaluate((to) => fetch(to).catch(() => null), `${url}/x`)
      return [`proxy ${new URL(url).host}:443`]
    },
    imageType: 'subresource',
    close: () => session.close(),
  }
}

export function firefoxPage(page: Page): DriverPage {
  const options = (wait: WaitOptions = {}) => ({
    timeout: wait.timeout ?? TIMEOUT,
    polling: wait.polling ?? 100,
  })
  const evaluate: DriverPage['evaluate'] = (fn, arg) =>
    page.evaluate(fn as Plain, arg) as Promise<never>
  const locate = async (target: Target): Promise<ElementHandle> => {
    if (typeof target === 'string') {
      const found = await page.waitForSelector(target, { timeout: TIMEOUT })
      if (!found) throw new Error(`no ${target}`)
      return found
    }
    const handle = await page.waitForFunction(findControl, options(), toControlSpec(target))
    const element = handle.asElement()
    if (!element) throw new Error(`no ${target.role} "${String(target.name)}"`)
    return element as ElementHandle
  }
  // Firefox holds real input for a tab in the background until it is in front again (the
  // popup is a tab here, not a panel over the mail tab): the tab clicked is brought to front.
  const click = async (target: Target) => {
    const element = await locate(target)
    await page.bringToFront()
    await element.click()
    await element.dispose()
  }
  return {
    evaluate,
    evaluateSource: async (source) => void (await page.evaluate(source)),
    waitFor: async (fn, arg, wait) => {
      await (await page.waitForFunction(fn as Plain, options(wait), arg)).dispose()
    },
    text: async (selector, text = '', wait) => {
      const found = page.waitForFunction(textIn, options(wait), selector, text)
      const handle = await explainTextWait(found, { evaluate }, selector, text)
      return ((await handle.jsonValue()) as { text: string }).text
    },
    click,
    check: async (target, checked = true) => {
      const element = await locate(target)
      const now = await element.evaluate((node) => (node as HTMLInputElement).checked)
      if (now !== checked) {
        await page.bringToFront()
        await element.click()
      }
      await element.dispose()
    },
    visible: async (selector) => (await (await page.$(selector))?.isVisible()) ?? false,
    // Keys go to the tab in front, as for clicks.
    focus: async (selector) => {
      await page.bringToFront()
      await page.focus(selector)
    },
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    mouse: page.mouse,
    keyboard: {
      down: (key) => page.keyboard.down(bidiKey(key)),
      up: (key) => page.keyboard.up(bidiKey(key)),
      press: (key) => page.keyboard.press(bidiKey(key)),
    },
    download: async (target) => {
      await page.evaluate(catchNextFile)
      await click(target)
      const caught = await page.waitForFunction(caughtFile, options())
      return (await caught.jsonValue()) as { file: string; text: string }
    },
  }
}

/** Puppeteer's BiDi keyboard knows the space bar only as its character. */
function bidiKey(key: string): KeyInput {
  return (key === 'Space' ? ' ' : key) as KeyInput
}

/** The address a tab tried to load: Firefox shows a failed load (no network) as about:neterror. */
function triedUrl(url: string): string {
  return url.startsWith('about:neterror') ? (new URL(url).searchParams.get('u') ?? '') : url
}

// ---- page functions ----

/** The text of the first `selector` element that contains `text`, once there is one. */
function textIn(selector: string, text: string): { text: string } | null {
  const found = [...document.querySelectorAll(selector)].find((node) =>
    node.textContent?.includes(text),
  )
  return found ? { text: found.textContent ?? '' } : null
}

type Caught = { __caughtFile?: { file: string; text: string } }

/**
 * Catches the next file the page hands to the browser (its object URL and the link's download
 * name) instead of downloading it, then puts the page's functions back.
 */
function catchNextFile(): void {
  const scope = window as unknown as Caught
  delete scope.__caughtFile
  const create = URL.createObjectURL.bind(URL)
  const click = HTMLAnchorElement.prototype.click
  let file = ''
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    file = this.download
  }
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob)
      void blob.text().then((text) => {
        scope.__caughtFile = { file, text }
        URL.createObjectURL = create
        HTMLAnchorElement.prototype.click = click
      })
    return create(blob)
  }
}

function caughtFile(): { file: string; text: string } | undefined {
  return (window as unknown as Caught).__caughtFile
}
