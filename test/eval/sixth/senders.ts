// How a wave mail's sender row looks: the company's own domain, the product's hosted tenant, an
// ESP sending for the company (a mail. subdomain or a shared sending domain), or a display name
// alone (the `from` field is just the name, as Outlook shows many senders).
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import type { SenderShape } from './label.ts'
import type { Family, Product } from './product.ts'

const LOCAL_PARTS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'helpdesk', 'contact'],
  verification: ['no-reply', 'noreply', 'accounts', 'hello', 'welcome'],
  subscription: ['newsletter', 'hello', 'news', 'info'],
  reset: ['no-reply', 'noreply', 'security', 'accounts', 'hello'],
}

export interface Sender {
  from: string
  shape: SenderShape
}

function named(c: Company, address: string, rng: Random): string {
  return rng.chance(0.75) ? `${c.name} <${address}>` : address
}

export function pickSender(rng: Random, product: Product, c: Company): Sender {
  const roll = rng.next()
  if (roll < 0.15) return { from: c.name, shape: 'display' }
  if (roll < 0.45 && product.hosted)
    return { from: `${c.name} <${product.hosted(c.slug, c.domain)}>`, shape: 'helpdesk' }
  if (roll < 0.6) {
    const esp = rng.pick([
      `noreply@mail.${c.domain}`,
      `hello@news.${c.domain}`,
      `${c.slug}@em-relay.net`,
      `info@${c.slug}.sendhub-mail.com`,
    ])
    return { from: `${c.name} <${esp}>`, shape: 'esp' }
  }
  const local = rng.pick(LOCAL_PARTS[product.family])
  return { from: named(c, `${local}@${c.domain}`, rng), shape: 'own' }
}
