// Sender rows of wave mail: the company's own domain, a hosted helpdesk or mailing-service
// subdomain of an invented service (or the company's mail subdomain), or a display name alone.
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS } from './companies.ts'
import type { Family } from './products.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

const LOCAL: Record<Family, readonly string[]> = {
  helpdesk: [
    'support',
    'help',
    'service',
    'care',
    'kundenservice',
    'atendimento',
    'klantenservice',
  ],
  verification: ['no-reply', 'accounts', 'welcome', 'noreply', 'signup'],
  subscription: ['newsletter', 'news', 'hello', 'info'],
  reset: ['security', 'no-reply', 'account', 'login'],
}

export function senderShape(rng: Random, preferred?: SenderShape): SenderShape {
  if (preferred && rng.chance(0.6)) return preferred
  const roll = rng.next()
  return roll < 0.25 ? 'display' : roll < 0.6 ? 'own' : 'hosted'
}

export function senderRow(rng: Random, c: Company, family: Family, shape: SenderShape): string {
  const local = rng.pick(LOCAL[family])
  if (shape === 'display')
    return rng.pick([c.name, `${c.name} Support`, `${c.name} Team`, `"${c.name}"`])
  if (shape === 'own') return `${c.name} <${local}@${c.domain}>`
  if (family === 'helpdesk')
    return rng.chance(0.5)
      ? `${c.name} <support@${c.stem}.${rng.pick(HELPDESK_HOSTS)}>`
      : `${c.name} Help Centre <${c.stem}@${rng.pick(HELPDESK_HOSTS)}>`
  return rng.pick([
    `${c.name} <${local}@${c.stem}.${rng.pick(MAILING_HOSTS)}>`,
    `${c.name} <${local}@mail.${c.domain}>`,
    `${c.name} <bounce-${c.stem}@em.${c.domain}>`,
  ])
}
