// Real Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi
// (docs/toolchain.md, "Real Firefox ESR"). Fixture pages are answered at the real webmail hosts.
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { FIREFOX_BUILD, OPTIONS_PATH, POPUP_PATH, isMailHost } from './paths.ts'
import type { SeenRequest } from './network.ts'
import { GECKO_ID } from '../../../scripts/manifest-target.ts'

/** Pinned so the popup's moz-extension:// URL is known in advance. */
export const FIREFOX_EXTENSION_UUID = '6c1f0d8e-7d4b-4f55-9a53-2b7f1f0e5a11'

export interface FirefoxSession {
  browser: Browser
  outsideRequests: string[]
  /**
   * Every request of the webmail pages this session opened. Firefox's WebDriver BiDi shows
   * neither the extension's background page nor, reliably, its popup page; their code is
   * covered by the no-network check on the build (scripts/check-network.ts).
   */
  seen: SeenRequest[]
  serve(host: string, html: string): void
  openMail(url: string): Promise<Page>
  openPopup(): Promise<Page>
  openOptions(): Promise<Page>
  close(): Promise<void>
}

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  })
  await browser.installExtension(extensionDir)
  const pages = new Map<string, string>()
  const outsideRequests: string[] = []
  const seen: SeenRequest[] = []
  const openMail = async (url: string) => {
    const page = await browser.newPage()
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      const target = request.url()
      // BiDi gives no resource type in Firefox: a navigation or a subresource is all we know.
      const type = request.isNavigationRequest() ? 'document' : 'subresource'
      seen.push({ url: target, from: 'page', type })
      const html = pages.get(hostOf(target))
      if (html !== undefined)
        return void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: html,
        })
      if (isMailHost(target)) return void request.respond({ status: 404, body: '' })
      if (/^(https?|wss?):/u.test(target)) {
        outsideRequests.push(target)
        return void request.abort()
      }
      return void request.continue()
    })
    await page.goto(url)
    return page
  }
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage()
    // page.goto of a moz-extension page never resolves although the page renders
    // (docs/toolchain.md, "Real Firefox ESR"): start it and wait for content instead.
    void page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`).catch(() => {})
    await page.waitForSelector('main')
    return page
  }
  return {
    browser,
    outsideRequests,
    seen,
    serve: (host, html) => void pages.set(host, html),
    openMail,
    openPopup: () => openExtensionPage(POPUP_PATH),
    openOptions: () => openExtensionPage(OPTIONS_PATH),
    close: () => browser.close(),
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}
