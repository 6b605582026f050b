// The gesture driver (link-gestures.ts) over each browser's library.
import type { Page as PlaywrightPage } from 'playwright-core'
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core'
import type { GestureDriver } from './link-gestures.ts'

// Page functions take plain serialisable values, so the libraries' handle unboxing is moot.
type Plain = (arg: unknown) => unknown

export function playwrightDriver(page: PlaywrightPage): GestureDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as Plain, arg) as Promise<never>,
    waitFor: (fn, arg, ms) =>
      page.waitForFunction(fn as Plain, arg, { timeout: ms }).then(
        () => true,
        () => false,
      ),
    mouse: page.mouse,
    keyboard: page.keyboard,
  }
}

export function puppeteerDriver(page: PuppeteerPage): GestureDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as Plain, arg) as Promise<never>,
    waitFor: (fn, arg, ms) =>
      page.waitForFunction(fn as Plain, { timeout: ms }, arg).then(
        () => true,
        () => false,
      ),
    mouse: page.mouse,
    keyboard: {
      down: (key) => page.keyboard.down(key as KeyInput),
      up: (key) => page.keyboard.up(key as KeyInput),
      press: (key) => page.keyboard.press(key as KeyInput),
    },
  }
}
