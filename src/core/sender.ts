// Sender addresses and domains. The registrable domain needs the Public Suffix List, so it comes
// from tldts rather than a regex (../shared/GUIDE.md, "Core logic"; Privacy Badger keeps both).
import { getDomain } from 'tldts'
import { HELPDESK_SENDER_HOSTS } from './templates.ts'

export interface SenderDomains {
  /** Full host of the address, e.g. "discord.zendesk.com". Empty when the address has none. */
  domain: string
  /** Registrable domain, e.g. "zendesk.com". Falls back to the full host for unknown suffixes. */
  registrableDomain: string
}

const MAX_ADDRESS_LENGTH = 320 // RFC 5321: 64 local + @ + 255 domain

export function senderDomains(address: string): SenderDomains {
  const clean = address.trim().toLowerCase().slice(0, MAX_ADDRESS_LENGTH)
  const at = clean.lastIndexOf('@')
  const domain = at >= 0 ? clean.slice(at + 1).replace(/[>\s]+$/u, '') : ''
  if (!domain) return { domain: '', registrableDomain: '' }
  const registrableDomain = getDomain(domain, { allowPrivateDomains: false }) ?? domain
  return { domain, registrableDomain }
}

/** Hosted helpdesk domains: the subdomain, not the registrable domain, names the brand. */
export const HELPDESK_HOSTS: ReadonlySet<string> = new Set(Object.keys(HELPDESK_SENDER_HOSTS))

/** The company a mail speaks for: its registrable domain, or the helpdesk subdomain. */
export function brandKey(address: string): string {
  return brandOf(senderDomains(address))
}

/** The brand from domains already parsed (the Public Suffix lookup is the costly part). */
export function brandOf({ domain, registrableDomain }: SenderDomains): string {
  return HELPDESK_HOSTS.has(registrableDomain) ? domain : registrableDomain
}

/**
 * A brand as people name it: "discord" for discord.zendesk.com (the helpdesk tenant), the domain
 * itself otherwise ("li.me"). No Public Suffix lookup: brands are stored already reduced.
 */
export function brandLabel(brand: string): string {
  const dot = brand.indexOf('.')
  const host = dot > 0 ? brand.slice(dot + 1) : ''
  return HELPDESK_HOSTS.has(host) ? brand.slice(0, dot) : brand
}
