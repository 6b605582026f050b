// How a company's mail shows in the sender row: one of the product's usual senders on the
// company's own domain (including mailing subdomains such as mail. or news.), the product's
// hosted sender, or the display name alone (as Outlook shows many senders). A company keeps one
// sender for the whole wave.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import { fill, type Product } from './product.ts'

export type SenderShape = NonNullable<MailLabel['sender']>

export interface Sender {
  from: string
  shape: SenderShape
}

/** The list name a company's newsletter or group would have. */
export function listOf(c: Company): string {
  return `${c.stem.toLowerCase()}-news`
}

export function senderOf(rng: Random, product: Product, c: Company): Sender {
  const roll = rng.next()
  if (roll < 0.16) {
    const name = rng.pick([c.name, `${c.name} Support`, c.name, `${c.stem}`])
    return { from: name, shape: 'display' }
  }
  if (product.hosted && roll < 0.5) return { from: product.hosted(c), shape: 'hosted' }
  const template = rng.pick(product.own)
  return {
    from: fill(template, { co: c.name, domain: c.domain, list: listOf(c) }),
    shape: 'own',
  }
}
