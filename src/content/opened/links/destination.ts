// Where a link really goes, and what the webmail itself would open. Gmail keeps the original URL
// in href and opens its redirector from data-saferedirecturl ("https://www.google.com/url?q=
// <orig>&source=gmail&..."; docs/webmail-pages.md 2.4); Microsoft Defender rewrites href to
// "<region>.safelinks.protection.outlook.com/?url=<orig>&..." (docs/webmail-pages.md 4.3). The
// redirectors are unwrapped to show the destination, but kept in what is opened, so the
// organisation's click-time checks still run.

export interface Destination {
  /** What the webmail would have opened: Gmail's redirector when present, else the href. */
  opens: string
  /** Every address on the way, `opens` first; the last one is where the link goes. */
  hops: string[]
  /** The destination: the last hop. */
  url: string
  /** Host name of the destination, lower case; "" when the URL has none (mailto:, broken). */
  host: string
  /**
   * False when the destination is not known: redirectors nested deeper than MAX_UNWRAP, or an
   * address that is not absolute (a relative href says nothing about where it leads).
   */
  seen: boolean
}

/** Redirectors unwrapped in a row; a deeper chain is itself a reason for suspicion. */
export const MAX_UNWRAP = 4
/** Longest address kept: a mail can carry an href of megabytes. */
export const MAX_URL_CHARS = 4_000

export function linkDestination(href: string, safeRedirect?: string | null): Destination {
  // Gmail's attribute is trusted only when it is Google's own redirector.
  const opens = (safeRedirect && isGoogleRedirect(safeRedirect) ? safeRedirect : href).slice(
    0,
    MAX_URL_CHARS,
  )
  const hops = [opens]
  let url = opens
  for (let i = 0; i < MAX_UNWRAP; i++) {
    const inner = wrapped(url)
    if (inner === null) break
    url = inner.slice(0, MAX_URL_CHARS)
    hops.push(url)
  }
  const seen = parse(url) !== null && wrapped(url) === null
  return { opens, hops, url, host: hostOf(url), seen }
}

/** The URL a known redirector wraps, or null when `url` is not one. */
function wrapped(url: string): string | null {
  const parsed = parse(url)
  if (!parsed) return null
  const host = parsed.hostname.toLowerCase()
  // Exact hosts only: a look-alike such as google.com.evil.example must never be unwrapped, or
  // it could show a harmless destination in front of a harmful one.
  if (isGoogleRedirectUrl(parsed))
    return parsed.searchParams.get('q') ?? parsed.searchParams.get('url')
  if (/^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/u.test(host))
    return parsed.searchParams.get('url')
  return null
}

function isGoogleRedirect(url: string): boolean {
  const parsed = parse(url)
  return parsed !== null && isGoogleRedirectUrl(parsed)
}

function isGoogleRedirectUrl(parsed: URL): boolean {
  const host = parsed.hostname.toLowerCase()
  return (
    /^https?:$/u.test(parsed.protocol) &&
    (host === 'www.google.com' || host === 'google.com') &&
    parsed.pathname === '/url'
  )
}

function hostOf(url: string): string {
  const parsed = parse(url)
  if (!parsed || !/^https?:$/u.test(parsed.protocol)) return ''
  return parsed.hostname.toLowerCase()
}

export function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
