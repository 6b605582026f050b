// How a wave mail's sender row looks: the company's own domain, a mail subdomain an ESP sends
// from on the company's behalf, the product's hosted address, an ESP's shared domain, or the
// display name alone (as Outlook shows many senders). The label keeps the harness's three
// shapes: own (own domain and its mail subdomain), hosted (product or ESP domain), display.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Product } from './product.ts'

export interface Sender {
  from: string
  shape: NonNullable<MailLabel['sender']>
}

const ESP_DOMAINS = ['sendvia-mail.net', 'relaypost-esp.com']

export function senderFor(rng: Random, c: Company, p: Product): Sender {
  const roll = rng.next()
  const local = rng.pick(p.locals)
  if (roll < 0.16) return { from: rng.chance(0.5) ? c.name : `${c.name} Team`, shape: 'display' }
  if (roll < 0.46 && p.hosted) return { from: p.hosted(c.slug, c.name), shape: 'hosted' }
  if (roll < 0.58) return { from: `${c.name} <${local}@mail.${c.domain}>`, shape: 'own' }
  if (roll < 0.68)
    return { from: `${c.name} <${c.slug}@${c.slug}.${rng.pick(ESP_DOMAINS)}>`, shape: 'hosted' }
  return { from: `${c.name} <${local}@${c.domain}>`, shape: 'own' }
}
