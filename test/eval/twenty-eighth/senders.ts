// The sender row of a company's mail: its own domain, a hosted helpdesk or mailing service
// subdomain of an invented service, or a display name alone (Outlook-shaped).
import type { Random } from '../prng.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import type { Family } from './products/types.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

export interface Sender {
  shape: SenderShape
  name: string
  address: string
}

const LOCAL: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'contact', 'care'],
  verification: ['noreply', 'accounts', 'no-reply', 'welcome'],
  subscription: ['news', 'newsletter', 'hello', 'info'],
  reset: ['security', 'noreply', 'account', 'login'],
}

const NAME: Record<Family, readonly string[]> = {
  helpdesk: ['{c}', '{c} Support', '{c} Service', '{c} Help'],
  verification: ['{c}', '{c} Accounts', '{c} Team'],
  subscription: ['{c}', '{c} News', 'Newsletter {c}'],
  reset: ['{c}', '{c} Security', '{c} Login'],
}

export function senderFor(rng: Random, c: Company, family: Family, shape: SenderShape): Sender {
  const name = rng.pick(NAME[family]).replace('{c}', c.name)
  const slug = c.stem
  if (shape === 'hosted') {
    const address =
      family === 'helpdesk'
        ? `${rng.pick(['support', 'help', 'reply'])}@${slug}.${rng.pick(HELPDESK_HOSTS)}`
        : `${rng.pick(['bounce', 'mail', 'news'])}@${slug}.${rng.pick(MAILING_HOSTS)}`
    return { shape, name, address }
  }
  return { shape, name, address: `${rng.pick(LOCAL[family])}@${c.domain}` }
}
