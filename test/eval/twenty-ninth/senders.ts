// Sender rows of wave mail: the company's own domain, an invented hosted helpdesk or mailing
// service (a subdomain per company, or a mail subdomain of the company), or the display name
// alone (about 30 %).
import type { Random } from '../prng.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import type { Family } from './products/types.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

export function senderShape(rng: Random): SenderShape {
  const u = rng.next()
  return u < 0.3 ? 'display' : u < 0.62 ? 'hosted' : 'own'
}

export function senderRow(rng: Random, c: Company, shape: SenderShape, family: Family): string {
  if (shape === 'display') return c.name
  if (shape === 'own') {
    const local = rng.pick(['no-reply', 'support', 'hello', 'accounts', 'service', 'mailer'])
    return `${c.name} <${local}@${c.domain}>`
  }
  if (family === 'helpdesk')
    return `${c.name} Support <support@${c.stem}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.chance(0.6)
    ? `${c.name} <bounce@${c.stem}.${rng.pick(MAILING_HOSTS)}>`
    : `${c.name} <news@${rng.pick(['mail', 'em', 'send'])}.${c.domain}>`
}
