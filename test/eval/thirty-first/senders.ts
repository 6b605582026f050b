// Sender rows of wave mail: the company's own domain, an invented hosted helpdesk or mailing
// service subdomain, or a display name alone (about 30 %).
import type { Random } from '../prng.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import type { Style } from './wording/blocks.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

const LOCAL: Record<Style, readonly string[]> = {
  ack: ['support', 'help', 'service', 'care', 'noreply'],
  check: ['support', 'help', 'no-reply', 'contact'],
  verify: ['accounts', 'welcome', 'no-reply', 'hello'],
  sub: ['news', 'newsletter', 'hello', 'info'],
  reset: ['security', 'no-reply', 'accounts', 'login'],
}

export function senderShape(rng: Random): SenderShape {
  const u = rng.next()
  return u < 0.3 ? 'display' : u < 0.65 ? 'own' : 'hosted'
}

export function senderRow(rng: Random, c: Company, shape: SenderShape, style: Style): string {
  if (shape === 'display') return rng.pick([c.name, `${c.name} Support`, `${c.name} Team`])
  const local = rng.pick(LOCAL[style])
  if (shape === 'own') return `${c.name} <${local}@${c.domain}>`
  if (style === 'ack' || style === 'check')
    return `${c.name} <${local}@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.chance(0.5)
    ? `${c.name} <${local}@${c.slug}.${rng.pick(MAILING_HOSTS)}>`
    : `${c.name} <${c.slug}@em.${rng.pick(MAILING_HOSTS)}>`
}
