// Whether "Open anyway" may open a link. It opens only what the user can judge: a destination
// that was seen (not hidden behind more redirectors than are unwrapped, not a relative address),
// reached through web or mail addresses only, with no shortener on the way.
import { parse, type Destination } from './destination.ts'
import { isShortener } from './shorteners.ts'

export type Refusal = 'unseen' | 'scheme' | 'shortener'

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** Why the link must not be opened, or null when it may be. */
export function refusal(destination: Destination): Refusal | null {
  if (!destination.seen) return 'unseen'
  for (const hop of destination.hops) {
    const url = parse(hop)
    if (!url || !ALLOWED_SCHEMES.has(url.protocol)) return 'scheme'
    if (url.protocol !== 'mailto:' && isShortener(url.hostname)) return 'shortener'
  }
  return null
}
