// The sender row of a wave mail: the company's own domain (a product's usual local part, sometimes
// on a mailing subdomain such as mail.<domain>), the product's hosted sender (a helpdesk or ESP
// tenant), or a display name alone, as Outlook shows many senders.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Product } from './product.ts'

export type SenderShape = NonNullable<MailLabel['sender']>

/** At least a tenth of wave mail shows a display name alone. */
export function pickShape(rng: Random): SenderShape {
  const x = rng.next()
  return x < 0.16 ? 'display' : x < 0.55 ? 'hosted' : 'own'
}

function ownAddress(rng: Random, product: Product, c: Company): string {
  const spec = rng.pick(product.own)
  const [local, sub] = spec.split('.') as [string, string | undefined]
  return `${local}@${sub ? `${sub}.` : ''}${c.domain}`
}

export function senderOf(rng: Random, shape: SenderShape, product: Product, c: Company): string {
  if (shape === 'hosted') return product.hosted(c)
  if (shape === 'display')
    return rng.pick([
      c.name,
      c.stem,
      `${c.name} ${product.family === 'helpdesk' ? 'Service' : 'Team'}`,
    ])
  const address = ownAddress(rng, product, c)
  return rng.chance(0.25) ? address : `${c.name} <${address}>`
}
