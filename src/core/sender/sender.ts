// Sender addresses and domains. The registrable domain needs the Public Suffix List, so it comes
// from tldts rather than a regex (docs/architecture.md, "Core logic"; Privacy Badger keeps both).
// Private suffixes are on: every tenant of a shared host (foo.github.io, bar.herokuapp.com) is a
// company of its own, so trusting one never trusts them all.
import { getDomain, getDomainWithoutSuffix } from 'tldts'
import { addressHost } from './address-host.ts'
import { HELPDESK_SENDER_HOSTS } from '../mail/templates/templates.ts'

export interface SenderDomains {
  /** Full host of the address, e.g. "discord.zendesk.com". Empty when the address has none. */
  domain: string
  /** Registrable domain, e.g. "zendesk.com". Falls back to the full host for unknown suffixes. */
  registrableDomain: string
}

const REGISTRABLE_CACHE_SIZE = 10_000
const REGISTRABLE = new Map<string, string>()

export function senderDomains(address: string): SenderDomains {
  const domain = addressHost(address)
  if (!domain) return { domain: '', registrableDomain: '' }
  let registrableDomain = REGISTRABLE.get(domain)
  if (registrableDomain === undefined) {
    registrableDomain = getDomain(domain, { allowPrivateDomains: true }) ?? domain
    // Few hosts send most mail: the Public Suffix lookup is done once per host, in bounded memory.
    if (REGISTRABLE.size >= REGISTRABLE_CACHE_SIZE) REGISTRABLE.clear()
    REGISTRABLE.set(domain, registrableDomain)
  }
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

/** Subdomains a company sends from itself: never a tenant's name. */
const SERVICE_LABELS =
  /^(?:e?mail\w*|news\w*|info|no-?reply|notif\w*|support|help|service|accounts?|login|auth|secure|bounces?|reply|updates?|marketing|mailer|send|smtp|click|links?|em|mg|mx|go|www)$/u
const TENANT_MIN = 5

/**
 * The brand of a sender with an address. A hosted service writes for its tenants from their own
 * subdomains (`sparrowhawkacademy.topdesk.net`, `quintalverde.odoo.com`): when the display name
 * names the subdomain and not the service, the tenant is the company, so trusting one tenant never
 * trusts them all. A company's own subdomains (`news.acme.com`, "Acme Academy" at
 * `academy.acme.com`) stay with the company.
 */
export function brandOfSender(domains: SenderDomains, name: string): string {
  const brand = brandOf(domains)
  if (brand !== domains.registrableDomain || brand === domains.domain) return brand
  const tenant = domains.domain.slice(0, domains.domain.indexOf('.')).replaceAll('-', '')
  if (tenant.length < TENANT_MIN || SERVICE_LABELS.test(tenant)) return brand
  const named = brandFromName(name)
  const service = brand.slice(0, brand.indexOf('.'))
  return named.includes(tenant) && !named.includes(service) ? domains.domain : brand
}

/**
 * Words that say which desk of a company writes, not which company: "Discord Support",
 * "Acme Customer Service", "no-reply", "Équipe Globex", "Newsletter Acme", "Acme Login".
 */
const DESK_WORDS =
  /(?<![\p{L}\p{N}])(?:customer (?:service|care|support)|support|help ?desk|helpdesk|help|team|no-?reply|noreply|notifications?|service|services|care|accounts?|security|billing|privacy|news|newsletter|nieuwsbrief|login|updates|alerts|assistance|kundenservice|kundendienst|equipe|servicio|soporte|suporte|atendimento|assistenza|klantenservice|the|das|le|la|el|il|de)(?![\p{L}\p{N}])/gu

/**
 * The brand of a sender shown by display name only (Outlook hides many addresses): the name
 * folded (case, diacritics), desk words dropped, e.g. "Discord Support" -> "discord". Brands
 * from names hold no dot, so they never collide with a domain brand.
 */
export function brandFromName(name: string): string {
  const lower = name.slice(0, 200).replace(SENT_VIA, '').toLowerCase()
  // Most names are plain ASCII: the Unicode normalisation is spent only on the others.
  // Styled capitals ("𝗔𝗰𝗺𝗲") are lowered once folded, so they name the plain name's brand.
  const folded = NON_ASCII.test(lower)
    ? lower
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
    : lower
  const brand = folded.replace(DESK_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, '')
  // A name of desk words alone ("News", "Login") names that desk, not every such desk at once.
  return brand || folded.replace(/[^\p{L}\p{N}]+/gu, '')
}

const NON_ASCII = /[^\p{ASCII}]/u

/**
 * The service a company's mail is sent through, named after the company: "Acme via Zendesk",
 * "Zoftekko SAS via Ticketbriar". The company is the brand, not the service. Lower case only: "Via
 * Roma" in "Farmacia Via Roma" is the street an Italian shop is named after.
 */
const SENT_VIA = /\s+via\s+[^\s,;()]+(?:\s+[^\s,;()]+)?\s*$/u

/** The display name says the mail was sent through a service ("Acme via Deskhost"). */
export function sentThroughService(name: string): boolean {
  return SENT_VIA.test(name.slice(0, 200))
}

/**
 * The company behind a brand, whatever mailbox it writes from: "company" for company.com,
 * company.co.uk, company.zendesk.com, company.freshdesk.com and the display name "Company
 * Support". Acknowledgements are matched to the user's own mail, and waves count companies,
 * by this name.
 */
export function brandIdentity(brand: string): string {
  const dot = brand.indexOf('.')
  if (dot < 0) return brand
  const label = brandLabel(brand)
  if (label !== brand) return label
  // A brand longer than its registrable domain is a hosted tenant (brandOfSender): its name.
  const registrable = getDomain(brand, { allowPrivateDomains: true })
  if (registrable !== null && registrable !== brand) return brand.slice(0, dot)
  return getDomainWithoutSuffix(brand, { allowPrivateDomains: true }) ?? brand
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
