// What may not appear in the shipped JavaScript: every browser API that opens a connection, and
// any address other than the XML namespace names the UI library compares against. The extension
// makes no network request at all (README, "Privacy"); this keeps a dependency update or a
// careless line from adding one. The e2e tests watch the traffic of a full run as well.

/** Tokens of connection-opening APIs, as they survive minification. */
export const NETWORK_APIS: readonly RegExp[] = [
  /\bfetch\s*\(/u,
  /\bXMLHttpRequest\b/u,
  /\bWebSocket\b/u,
  /\bEventSource\b/u,
  /\bsendBeacon\b/u,
  /\bimportScripts\b/u,
  /\bRTCPeerConnection\b/u,
  /\bnew\s+Image\b/u,
  /\bWebTransport\b/u,
]

/** Namespace names (never fetched) that Preact's renderer holds as strings. */
const ALLOWED_ADDRESSES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
])

const ADDRESS = /\b(?:https?|wss?):\/\/[^\s"'`)\\]+/gu

/** Problems found in one file's text: each forbidden API and each address, once. */
export function networkProblems(source: string): string[] {
  const apis = NETWORK_APIS.filter((api) => api.test(source)).map((api) => `uses ${api.source}`)
  const addresses = [...new Set(source.match(ADDRESS) ?? [])]
    .filter((address) => !ALLOWED_ADDRESSES.has(address))
    .map((address) => `names ${address}`)
  return [...apis, ...addresses]
}
