// What the sender alone says about a mail, computed once per sender: an inbox hears from few
// senders many times, and parsing the address, its Public Suffix domain and the display name
// costs more per mail than any cache lookup.
import { brandFromName, brandOfSender, senderDomains, type SenderDomains } from './sender.ts'
import { senderShape, type SenderShape } from '../mail/shape.ts'

export interface SenderFacts {
  domains: SenderDomains
  shape: SenderShape
  /** The company the mail speaks for (features.ts `brand`). */
  brand: string
  /** The company the display name names, when there is an address too (features.ts). */
  nameBrand: string | null
}

/** Senders remembered at most; the memory is dropped whole when full (as sender.ts does). */
const CACHE_SIZE = 10_000
/** Longer senders are hostile or broken: computed every time, never kept. */
const MAX_KEY_CHARS = 600

const CACHE = new Map<string, SenderFacts>()

export function senderFacts(name: string, address: string): SenderFacts {
  if (name.length + address.length > MAX_KEY_CHARS) return computeFacts(name, address)
  // The address's length first, so no name and address pair spells another's key.
  const key = `${address.length}:${address}${name}`
  let facts = CACHE.get(key)
  if (facts === undefined) {
    facts = computeFacts(name, address)
    if (CACHE.size >= CACHE_SIZE) CACHE.clear()
    CACHE.set(key, facts)
  }
  return facts
}

export function computeFacts(name: string, address: string): SenderFacts {
  const domains = senderDomains(address)
  return {
    domains,
    shape: senderShape(name, address, domains),
    brand: domains.domain ? brandOfSender(domains, name) : brandFromName(name),
    nameBrand: domains.domain && name ? brandFromName(name) : null,
  }
}

/** How many senders are remembered (for tests of the memory's bounds). */
export function rememberedSenders(): number {
  return CACHE.size
}
