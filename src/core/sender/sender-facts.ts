// What the sender alone says about a mail, computed once per sender: an inbox hears from few
// senders many times, and parsing the address, its Public Suffix domain and the display name
// costs more per mail than any cache lookup.
import {
  brandFromName,
  brandOfSender,
  senderDomains,
  sentThroughService,
  type SenderDomains,
} from './sender.ts'
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
  const brand = domains.domain ? brandOfSender(domains, name) : brandFromName(name)
  return {
    domains,
    shape: senderShape(name, address, domains) ?? tenantShape(domains, brand, name, address),
    brand,
    nameBrand: domains.domain && name ? brandFromName(name) : null,
  }
}

/**
 * A service writing for a tenant from the tenant's subdomain (brandOfSender) sends a company's
 * automated mail when it says so ("Acme via Deskhost") or made the mailbox from the tenant's name
 * (`acme@acme.deskhost.net`). A person writing from a family subdomain
 * (`john@loverso.example.us`) or a newsletter's own mailbox on a sending service
 * (`news@acme.sendhost.com`) is neither.
 */
function tenantShape(
  domains: SenderDomains,
  brand: string,
  name: string,
  address: string,
): SenderShape {
  if (brand !== domains.domain || brand === domains.registrableDomain) return null
  const tenant = brand.slice(0, brand.indexOf('.'))
  const local = address.slice(0, address.indexOf('@')).trim().toLowerCase()
  return local === tenant || sentThroughService(name) ? 'automated-mailbox' : null
}

/** How many senders are remembered (for tests of the memory's bounds). */
export function rememberedSenders(): number {
  return CACHE.size
}
