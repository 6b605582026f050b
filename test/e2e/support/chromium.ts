// Real Debian Chromium with the built extension (docs/toolchain.md, "Real Chromium"). Fixture pages
// are served at the real webmail hosts through request routing: no server, no network.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  chromium,
  type BrowserContext,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core'
import type { SeenRequest, ServedPage } from './network.ts'
import { CHROME_BUILD, OPTIONS_PATH, POPUP_PATH, isMailHost } from './paths.ts'

export interface ChromiumSession {
  context: BrowserContext
  extensionId: string
  /** Every request the browser made that was not to a served fixture host. */
  outsideRequests: string[]
  /**
   * Every request seen by the context: pages, extension pages and the service worker (Chromium
   * shows all three, unlike Firefox, where a recording proxy stands in).
   */
  seen: SeenRequest[]
  /** The pages answered, at the address each was answered for. */
  served: ServedPage[]
  /** Answers requests to `host` with `page` (or what it returns for the URL). */
  serve(host: string, page: string | ((url: URL) => string)): void
  worker(): Promise<Worker>
  openPopup(): Promise<Page>
  openOptions(): Promise<Page>
  stopWorker(): Promise<void>
  close(): Promise<void>
}

export async function launchChromium(
  extensionDir = CHROME_BUILD,
  options: { headless?: boolean; args?: string[] } = {},
): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'relay-shield-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  })
  const pages = new Map<string, string | ((url: URL) => string)>()
  const outsideRequests: string[] = []
  const seen: SeenRequest[] = []
  const served: ServedPage[] = []
  context.on('request', (request) => seen.push(describeRequest(request)))
  // Only web traffic is routed; the extension's own chrome-extension:// files load as usual.
  await context.route(/^(https?|wss?):\/\//u, (route) => {
    const url = route.request().url()
    const host = safeHost(url)
    const page = host ? pages.get(host) : undefined
    const html = typeof page === 'function' ? page(new URL(url)) : page
    if (html !== undefined) served.push({ url, html })
    if (html !== undefined)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    if (isMailHost(url)) return route.fulfill({ status: 404, body: '' })
    outsideRequests.push(url)
    return route.abort()
  })
  const worker = async () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker')
  const extensionId = new URL((await worker()).url()).host
  return {
    context,
    extensionId,
    outsideRequests,
    seen,
    served,
    serve: (host, page) => void pages.set(host, page),
    worker,
    openPopup: async () => {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${extensionId}/${POPUP_PATH}`)
      return page
    },
    openOptions: async () => {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${extensionId}/${OPTIONS_PATH}`)
      return page
    },
    stopWorker: () => stopServiceWorkers(context),
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Stops the extension's service worker the way Chrome does when it goes idle or is killed. */
async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('ServiceWorker.enable')
    await cdp.send('ServiceWorker.stopAllWorkers')
    await cdp.detach()
  } finally {
    await page.close()
  }
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

/**
 * The URL of the frame that made the request. A navigation that opens a new tab has no frame yet
 * (Playwright throws): it comes from a page, not from the extension.
 */
function frameUrlOf(request: Request): string {
  try {
    return request.frame().url()
  } catch {
    return ''
  }
}

function describeRequest(request: Request): SeenRequest {
  const worker = request.serviceWorker()
  const frameUrl = worker ? '' : frameUrlOf(request)
  return {
    url: request.url(),
    from: worker ? 'worker' : frameUrl.startsWith('chrome-extension:') ? 'extension-page' : 'page',
    type: request.resourceType(),
  }
}
