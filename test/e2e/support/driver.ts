// The one small interface every shared e2e scenario drives a browser through: Chromium over
// playwright-core (driver-chromium.ts) and Firefox over puppeteer-core (driver-firefox.ts). A
// scenario is written once against it; a thin test file per browser launches its driver and runs
// the scenario. Only what the scenarios need is here. Every wait is a condition wait of the
// library (Playwright locators and waitForFunction, puppeteer waitForFunction): no sleeps.
import { afterAll, beforeAll, describe, it } from 'vitest'

/** A control found by its role and accessible name, as a user finds it. */
export interface Control {
  role: 'button' | 'checkbox' | 'link'
  /** The whole name (trimmed), or a pattern it matches. */
  name: string | RegExp
  /** Only inside the first element matching `css` whose text matches `hasText`. */
  within?: { css: string; hasText?: RegExp }
}

/**
 * A CSS selector, where `>>>` steps into an element's open shadow root (Relay Shield draws its
 * page UI there), or a control by role and name.
 */
export type Target = string | Control

export interface WaitOptions {
  /** Milliseconds before the wait fails; 30 s unless said. */
  timeout?: number
  /** Milliseconds between checks; 100 unless said (a page in a background tab has no frames). */
  polling?: number
}

export type Button = 'left' | 'middle' | 'right'

export interface DriverPage {
  /** Runs a page function (it is serialised, so it stands alone) with one plain argument. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>
  /** Runs script source in the page through the automation protocol (no page CSP applies). */
  evaluateSource(source: string): Promise<void>
  /** Waits until the page function returns a truthy value. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, options?: WaitOptions): Promise<void>
  /** Waits until an element matching `selector` contains `text`, and returns that element's text. */
  text(selector: string, text?: string, options?: WaitOptions): Promise<string>
  /** Clicks the target once it is there and enabled, with the real mouse. */
  click(target: Target): Promise<void>
  /** Ticks or unticks a checkbox once it is there and enabled. */
  check(target: Target, checked?: boolean): Promise<void>
  /** Whether the first match of a selector is shown (in the layout, not hidden). */
  visible(selector: string): Promise<boolean>
  focus(selector: string): Promise<void>
  goto(url: string): Promise<void>
  url(): string
  bringToFront(): Promise<void>
  close(): Promise<void>
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>
    down(options?: { button?: Button }): Promise<void>
    up(options?: { button?: Button }): Promise<void>
  }
  keyboard: {
    down(key: string): Promise<void>
    up(key: string): Promise<void>
    press(key: string): Promise<void>
  }
  /**
   * Presses the button that exports a file and returns the file's name and text. Chromium: the
   * browser's real download. Firefox: puppeteer has no download event over WebDriver BiDi, so the
   * file is caught where the popup hands it to the browser (its object URL).
   */
  download(button: Target): Promise<{ file: string; text: string }>
  /** Renders as in this colour scheme; absent where the browser cannot be told (Firefox, BiDi). */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>
}

export interface BrowserDriver {
  name: 'Chromium' | 'Firefox'
  /** Answers requests to `host` with `page` (or what it returns for the URL). */
  serve(host: string, page: string | ((url: URL) => string)): void
  /** Opens a webmail page in a new tab; the scenario then waits on what it needs. */
  openMail(url: string): Promise<DriverPage>
  /** The popup. Firefox opens it as a tab: WebDriver BiDi cannot open the toolbar panel. */
  openPopup(): Promise<DriverPage>
  openOptions(): Promise<DriverPage>
  /** The address of every open tab. */
  tabUrls(): Promise<string[]>
  /** Runs `open` and waits for the new tab it opens towards `url`, then closes that tab. */
  tabOpened(url: string, open: () => Promise<unknown>): Promise<void>
  /** Web requests the browser made outside the served pages (aborted: no network). */
  outsideRequests: readonly string[]
  /**
   * The extension's own requests, as "from type url" lines (network.ts); Firefox adds "proxy
   * host:port" for each host its recording proxy saw, since BiDi shows neither its background
   * page nor its extension pages.
   */
  extensionRequests(): string[]
  /** How many requests the recorder saw in all. */
  requestsSeen(): number
  /**
   * Has the extension's own contexts (the service worker where the browser lets a test reach it,
   * and `page`, an extension page) fetch `url`, and returns the lines extensionRequests() must now
   * also list for them.
   */
  probeExtensionFetch(page: DriverPage, url: string): Promise<string[]>
  /** The resource type the recorder gives a page's image: BiDi gives Firefox none. */
  imageType: string
  close(): Promise<void>
}

/** What both drivers' launchers give a test file: the driver once launched. */
export interface Launched<D extends BrowserDriver = BrowserDriver> {
  name: BrowserDriver['name']
  driver(): D
}

/** Launches a browser for the file's tests (one launch per file) and closes it after them. */
export function launchFor<D extends BrowserDriver>(
  name: BrowserDriver['name'],
  launch: () => Promise<D>,
): Launched<D> {
  let driver: D | undefined
  beforeAll(async () => {
    driver = await launch()
  })
  afterAll(() => driver?.close())
  return {
    name,
    driver: () => {
      if (!driver) throw new Error(`${name} was not launched`)
      return driver
    },
  }
}

/** One test of a shared scenario. */
export interface ScenarioTest {
  name: string
  timeout?: number
  run(driver: BrowserDriver): Promise<void>
}

/** Declares a scenario's tests in one describe block named after the browser. */
export function runScenario(browser: Launched, title: string, tests: ScenarioTest[]): void {
  describe(`${browser.name}: ${title}`, () => {
    for (const test of tests)
      it(test.name, { timeout: test.timeout }, () => test.run(browser.driver()))
  })
}

/** Adds what the page shows at `selector` to a failed text wait, so the failure says why. */
export async function explainTextWait<T>(
  wait: Promise<T>,
  page: Pick<DriverPage, 'evaluate'>,
  selector: string,
  text: string,
): Promise<T> {
  try {
    return await wait
  } catch (error) {
    const shown = await page.evaluate(textsOf, selector).catch(() => [])
    throw new Error(`no "${text}" in ${selector}; it shows: ${shown.join(' | ').slice(0, 400)}`, {
      cause: error,
    })
  }
}

function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((node) => node.textContent ?? '')
}
