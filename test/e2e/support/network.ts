// Which of the requests a browser made during a test came from the extension. The extension
// promises none at all (README, "Privacy"). A request counts as the extension's when its service
// worker or one of its pages made it, or when a webmail page made a scripted request (fetch, XHR,
// WebSocket, beacon...) or loaded a resource its HTML does not name: the fixture pages run no
// script that fetches, so those can only come from a content script.

export interface SeenRequest {
  url: string
  /** Who made it: the extension's service worker, an extension page, or a web page. */
  from: 'worker' | 'extension-page' | 'page'
  /** The browser's resource type ("document", "image", "fetch", ...). */
  type: string
}

const WEB = /^(?:https?|wss?):/u
const SCRIPTED = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon', 'other'])

/** The extension's requests among `seen`, as "from type url" lines; [] when it made none. */
export function extensionRequests(
  seen: readonly SeenRequest[],
  servedHtml: readonly string[],
): string[] {
  return seen
    .filter((request) => WEB.test(request.url))
    .filter((request) => request.from !== 'page' || !pageOwn(request, servedHtml))
    .map((request) => `${request.from} ${request.type} ${request.url}`)
}

function pageOwn(request: SeenRequest, servedHtml: readonly string[]): boolean {
  if (SCRIPTED.has(request.type)) return false
  if (request.type === 'document') return true
  const url = new URL(request.url)
  if (url.pathname === '/favicon.ico') return true
  // As the HTML may write it: absolute, with &amp;, from the root, or relative to the page's
  // folder ("images/cleardot.gif" on /mail/u/0/).
  const relative = `"${url.pathname.split('/').slice(-2).join('/')}"`
  const spellings = [request.url, request.url.replaceAll('&', '&amp;'), url.pathname, relative]
  return servedHtml.some((html) => spellings.some((spelling) => html.includes(spelling)))
}
