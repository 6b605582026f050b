// How the link warning names a destination: the registrable domain first (what decides who
// controls the page), then the full host. The domain is named by the background worker, which
// holds the Public Suffix List (core/sender/site-domain.ts); this file only shows names. An IDN host is
// shown in the "xn--" form the browser uses, with its Unicode form beside it, and every hidden
// character is shown as its code point.
import { hostToUnicode } from './punycode.ts'
import { showHidden } from './visible.ts'

/** A host or domain as shown: "xn--pypal-4ve.com (pаypal.com)" for an IDN, others as they are. */
export function nameShown(name: string): string {
  const shown = showHidden(name)
  if (!/(^|\.)xn--/iu.test(name)) return shown
  const unicode = hostToUnicode(name)
  return unicode && unicode !== name ? `${shown} (${showHidden(unicode)})` : shown
}

/** An address for display: bounded already, with hidden characters made visible. */
export function addressShown(url: string): string {
  return showHidden(url)
}
