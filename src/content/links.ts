// Where a link really goes. Gmail keeps the original URL in href and adds its redirector in
// data-saferedirecturl ("https://www.google.com/url?q=<orig>&source=gmail&...";
// docs/webmail-pages.md 2.4); Microsoft Defender rewrites links to
// "<region>.safelinks.protection.outlook.com/?url=<orig>&..." (docs/webmail-pages.md 4.3). Both
// wrappers are unwrapped so the user sees the destination itself.

export interface Destination {
  url: string
  /** Host name of the destination, lower case; "" when the URL has none (mailto:, broken). */
  host: string
}

const MAX_UNWRAP = 3

export function linkDestination(href: string, safeRedirect?: string | null): Destination {
  let url = (safeRedirect ? (wrapped(safeRedirect) ?? href) : href).slice(0, 4_000)
  for (let i = 0; i < MAX_UNWRAP; i++) {
    const inner = wrapped(url)
    if (!inner) break
    url = inner
  }
  return { url, host: hostOf(url) }
}

/** The URL a known redirector wraps, or null when `url` is not one. */
function wrapped(url: string): string | null {
  const parsed = parse(url)
  if (!parsed) return null
  const host = parsed.hostname.toLowerCase()
  // Exact hosts only: a look-alike such as google.com.evil.example must never be unwrapped, or
  // it could show a harmless destination in front of a harmful one.
  if ((host === 'www.google.com' || host === 'google.com') && parsed.pathname === '/url')
    return parsed.searchParams.get('q') ?? parsed.searchParams.get('url')
  if (/^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/u.test(host))
    return parsed.searchParams.get('url')
  return null
}

function hostOf(url: string): string {
  const parsed = parse(url)
  if (!parsed || !/^https?:$/u.test(parsed.protocol)) return ''
  return parsed.hostname.toLowerCase()
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
