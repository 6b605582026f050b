// Sender rows of wave mail: the company's own domain, a hosted helpdesk or mailing-service
// subdomain of an invented service, or a display name with no address.
import type { Random } from '../prng.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import type { Family } from './wording.ts'

export type SenderKind = 'own' | 'hosted' | 'display'

const LOCAL: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'care'],
  verification: ['no-reply', 'noreply', 'accounts', 'welcome'],
  subscription: ['news', 'newsletter', 'hello', 'info'],
  reset: ['no-reply', 'security', 'accounts', 'noreply'],
}

export function senderRow(rng: Random, c: Company, family: Family, kind: SenderKind): string {
  if (kind === 'display')
    return rng.chance(0.5) ? c.name : `${c.name} ${family === 'helpdesk' ? 'Support' : 'Team'}`
  if (kind === 'own') return `${c.name} <${rng.pick(LOCAL[family])}@${c.domain}>`
  if (family === 'helpdesk')
    return `${c.name} Support <support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.chance(0.3)
    ? `${c.name} <${rng.pick(LOCAL[family])}@mail.${c.domain}>`
    : `${c.name} <${c.slug}@${rng.pick(MAILING_HOSTS)}>`
}

export function pickSenderKind(rng: Random): SenderKind {
  const u = rng.next()
  return u < 0.25 ? 'display' : u < 0.62 ? 'own' : 'hosted'
}

/** Where a company's links point. */
export function linkHost(c: Company, from: string): string {
  const address = /@([^>]+)>/u.exec(from)?.[1]
  return address && !address.startsWith('mail.') ? address : c.domain
}
