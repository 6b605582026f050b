// The values a product's text is filled with for one submission: what the attacker typed (the
// payload in the product's echo field, bland words elsewhere), and the product's own numbers.
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import { BLAND, type Payload } from './payloads.ts'
import type { Fill, Product } from './product.ts'

export function token(rng: Random, length = 24): string {
  const chars = 'abcdefghijkmnpqrstuvwxyz23456789'
  return Array.from({ length }, () => rng.pick([...chars])).join('')
}

export function fillFor(
  rng: Random,
  product: Product,
  c: Company,
  email: string,
  ticket: number,
  payload: Payload | null,
): Fill {
  const typed = (field: 'name' | 'subject' | 'message') =>
    payload && product.echo === field ? payload.text : rng.pick(BLAND[field])
  return {
    company: c.name,
    site: c.domain,
    name: typed('name'),
    subject: typed('subject'),
    message: typed('message'),
    email,
    ticket: String(ticket),
    code: String(rng.int(100_000, 999_999)),
    link: `https://${c.domain}/${product.family === 'helpdesk' ? 'ticket' : 'account'}/${token(rng)}`,
  }
}
