// Which of the requests a browser made during a test came from the extension. The extension
// promises none at all (README, "Privacy"). A request counts as the extension's when its service
// worker, background page or one of its pages made it, or when a webmail page made a scripted
// request (fetch, XHR, WebSocket, beacon...) or loaded a resource its served HTML does not name.
// Requests are compared by host and whole address, resolved against the served page: a request
// to another host with the same path as one of the page's images is the extension's.

export interface SeenRequest {
  url: string
  /** Who made it: the extension's service worker, an extension page, or a web page. */
  from: 'worker' | 'extension-page' | 'page'
  /** The browser's resource type ("document", "image", "fetch", ...). */
  type: string
}

/** A page the test served, at the address it was served for. */
export interface ServedPage {
  url: string
  html: string
}

const WEB = /^(?:https?|wss?):/u
const SCRIPTED = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon', 'other'])
const NAMED = /\b(?:src|href|srcset|poster|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/giu
const CSS_URL = /\burl\(\s*["']?([^"')\s]+)/giu

/** The extension's requests among `seen`, as "from type url" lines; [] when it made none. */
export function extensionRequests(
  seen: readonly SeenRequest[],
  served: readonly ServedPage[],
): string[] {
  const own = pageResources(served)
  const hosts = new Set(served.map((page) => hostOf(page.url)))
  return seen
    .filter((request) => WEB.test(request.url))
    .filter((request) => request.from !== 'page' || !pageOwn(request, own, hosts))
    .map((request) => `${request.from} ${request.type} ${request.url}`)
}

/** Hosts the browser reached outside the served pages, as a proxy saw them ("host:port"). */
export function unexpectedHosts(reached: readonly string[], allowed: readonly string[]): string[] {
  return [...new Set(reached)].filter((host) => !allowed.includes(host.replace(/:\d+$/u, '')))
}

function pageOwn(request: SeenRequest, own: Set<string>, hosts: Set<string>): boolean {
  if (SCRIPTED.has(request.type)) return false
  const url = withoutFragment(request.url)
  if (request.type === 'document') return hosts.has(hostOf(url))
  if (hosts.has(hostOf(url)) && new URL(url).pathname === '/favicon.ico') return true
  return own.has(url)
}

/** Every address the served pages name, resolved against the page's own address. */
function pageResources(served: readonly ServedPage[]): Set<string> {
  const own = new Set<string>()
  for (const page of served) {
    const html = page.html.replaceAll('&quot;', '"').replaceAll('&amp;', '&')
    const named = [...html.matchAll(NAMED)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    const styled = [...html.matchAll(CSS_URL)].map((m) => m[1] ?? '')
    for (const target of [...named, ...styled].flatMap((value) => value.split(','))) {
      const first = target.trim().split(/\s+/u)[0] ?? ''
      try {
        own.add(withoutFragment(new URL(first, page.url).href))
      } catch {
        // not an address
      }
    }
  }
  return own
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#')
  return hash < 0 ? url : url.slice(0, hash)
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}
