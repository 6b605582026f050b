// How the link warning names a destination: the registrable domain first (what decides who
// controls the page), then the full host. Private suffixes count as public ones, so that
// "evil.github.io" is named as its own domain rather than as github.io. An IDN host is shown
// in the "xn--" form the browser uses, with its Unicode form beside it, and every hidden
// character is shown as its code point.
import { parse as parseHost } from 'tldts'
import { hostToUnicode } from './punycode.ts'
import { showHidden } from './visible.ts'

export interface HostNames {
  /** Registrable domain (or the IP address), as shown. */
  domain: string
  /** The full host, as shown. */
  host: string
}

export function hostNames(host: string): HostNames {
  const info = parseHost(host, { allowPrivateDomains: true })
  const domain = info.isIp ? host : (info.domain ?? host)
  return { domain: withUnicode(domain), host: withUnicode(host) }
}

/** "xn--pypal-4ve.com (pаypal.com)" for an IDN; other names as they are. */
function withUnicode(name: string): string {
  const shown = showHidden(name)
  if (!/(^|\.)xn--/iu.test(name)) return shown
  const unicode = hostToUnicode(name)
  return unicode && unicode !== name ? `${shown} (${showHidden(unicode)})` : shown
}

/** An address for display: bounded already, with hidden characters made visible. */
export function addressShown(url: string): string {
  return showHidden(url)
}
