// Real Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi
// (docs/toolchain.md, "Real Firefox ESR"). Fixture pages are answered at the real webmail hosts.
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core'
import { FIREFOX_BUILD, OPTIONS_PATH, POPUP_PATH, isMailHost } from './paths.ts'
import type { SeenRequest, ServedPage } from './network.ts'
import { startProxyRecorder } from './proxy-recorder.ts'
import { GECKO_ID } from '../../../scripts/manifest-target.ts'

/** Intervals between the queries of an extension page that is still replacing about:blank. */
const RETRIES_MS = [100, 200, 400, 800, 1_600, 3_200]

/** Pinned so the popup's moz-extension:// URL is known in advance. */
export const FIREFOX_EXTENSION_UUID = '6c1f0d8e-7d4b-4f55-9a53-2b7f1f0e5a11'

/**
 * Hosts Firefox itself reaches in a fresh profile whatever the prefs say (Mozilla's remote
 * settings); the extension's code names no host at all (scripts/check-network.ts).
 */
export const FIREFOX_OWN_HOSTS = ['firefox.settings.services.mozilla.com']

export interface FirefoxSession {
  browser: Browser
  outsideRequests: string[]
  /** Every request of the webmail pages this session opened. */
  seen: SeenRequest[]
  /** The pages answered, at the address each was answered for. */
  served: ServedPage[]
  /**
   * Every host the browser tried to reach past the pages' interception, through a recording
   * proxy: WebDriver BiDi shows neither the extension's background page nor, reliably, its
   * popup and options pages, but their traffic goes through the proxy.
   */
  proxied: string[]
  serve(host: string, page: string | ((url: URL) => string)): void
  openMail(url: string): Promise<Page>
  openPopup(): Promise<Page>
  openOptions(): Promise<Page>
  close(): Promise<void>
}

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<FirefoxSession> {
  const proxy = await startProxyRecorder()
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': true,
      // Firefox's own services stay quiet, so the proxy sees pages', ours and BROWSER_HOSTS.
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'app.normandy.enabled': false,
      'extensions.blocklist.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'dom.push.connection.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      // The popup opens here as a tab, which puts the mail tab in the background, where Firefox
      // slows its timers to one a second; the real popup is a panel that leaves the tab in front.
      'dom.min_background_timeout_value': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  })
  try {
    await browser.installExtension(extensionDir)
  } catch (error) {
    // A Firefox older than the manifest's strict_min_version refuses the add-on: the browser and
    // the proxy would otherwise outlive the failed test.
    await browser.close().catch(() => undefined)
    await proxy.close().catch(() => undefined)
    throw error
  }
  const pages = new Map<string, string | ((url: URL) => string)>()
  const outsideRequests: string[] = []
  const seen: SeenRequest[] = []
  const served: ServedPage[] = []
  const openMail = async (url: string) => {
    const page = await browser.newPage()
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      const target = request.url()
      // BiDi gives no resource type in Firefox: a navigation or a subresource is all we know.
      const type = request.isNavigationRequest() ? 'document' : 'subresource'
      seen.push({ url: target, from: 'page', type })
      const page = pages.get(hostOf(target))
      const html = typeof page === 'function' ? page(new URL(target)) : page
      if (html !== undefined) served.push({ url: target, html })
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
    // While the extension page replaces about:blank, a content query fails at once: with a protocol
    // error while the old window goes, and on a loaded machine again and again for a while (its
    // realm is gone, measured). Over WebDriver BiDi the tab's address is never reported to change
    // to moz-extension://, so nothing says when the page is there: the query is the condition,
    // polled at doubling intervals (0.1 s to 3.2 s, under 7 s in all). Only the wait's own timeout
    // is final.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.waitForSelector('main')
        return page
      } catch (error) {
        if (attempt > RETRIES_MS.length || error instanceof TimeoutError) throw error
        await new Promise((resolve) => setTimeout(resolve, RETRIES_MS[attempt - 1]))
      }
    }
  }
  return {
    browser,
    outsideRequests,
    seen,
    served,
    proxied: proxy.reached,
    serve: (host, page) => void pages.set(host, page),
    openMail,
    openPopup: () => openExtensionPage(POPUP_PATH),
    openOptions: () => openExtensionPage(OPTIONS_PATH),
    close: async () => {
      await browser.close()
      await proxy.close()
    },
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}
