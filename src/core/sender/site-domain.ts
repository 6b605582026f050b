// The registrable domain of a web host, for naming where a link goes. It needs the Public Suffix
// List, which is large; it is kept in the background worker so that the content script that runs
// in every webmail tab stays small and starts without a long task (docs/DESIGN.md, "Links").
// Private suffixes count as public ones: "evil.github.io" is a site of its own, not github.io.
import { parse } from 'tldts'

/** Longest host a DNS name can be. */
export const MAX_HOST_LENGTH = 253

/** The registrable domain of a host, the host itself for an IP address, null when none is known. */
export function siteDomain(host: string): string | null {
  const clean = host.trim().toLowerCase().slice(0, MAX_HOST_LENGTH)
  if (!clean) return null
  const info = parse(clean, { allowPrivateDomains: true })
  if (info.isIp) return clean
  return info.domain ?? null
}
