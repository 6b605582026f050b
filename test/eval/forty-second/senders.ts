// The sender row of a wave company's mail: the display name alone (about a quarter), the
// company's own domain, or a hosted helpdesk or mailing service (all invented).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { companyDomain, HELPDESK_SERVICES, MAILING_SERVICES } from './companies.ts'
import type { Family } from './types.ts'

export type SenderKind = 'own' | 'hosted' | 'display'

const LOCAL: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'service', 'help', 'contact', 'no-reply'],
  verification: ['no-reply', 'accounts', 'welcome', 'hello'],
  subscription: ['newsletter', 'news', 'info', 'no-reply'],
  reset: ['no-reply', 'security', 'accounts'],
}

export function pickSenderKind(rng: Random, preferred?: SenderKind): SenderKind {
  if (preferred && rng.chance(0.7)) return preferred
  const roll = rng.next()
  return roll < 0.25 ? 'display' : roll < 0.62 ? 'own' : 'hosted'
}

export function senderRow(
  rng: Random,
  kind: SenderKind,
  family: Family,
  stem: string,
  name: string,
  lang: Lang,
): string {
  if (kind === 'display') return name
  if (kind === 'own') {
    const domain = companyDomain(stem, lang)
    const host = rng.chance(0.25) ? `mail.${domain}` : domain
    return `${name} <${rng.pick(LOCAL[family])}@${host}>`
  }
  if (family === 'helpdesk' && rng.chance(0.8))
    return `${name} <support@${stem}.${rng.pick(HELPDESK_SERVICES)}.com>`
  const service = rng.pick(MAILING_SERVICES)
  return rng.chance(0.5) ? `${name} <${stem}@${service}.net>` : `${name} <no-reply@${service}.net>`
}
