// How a wave mail's sender row looks. Five shapes, labelled with the harness's three sender
// classes: the company's own domain (and an ESP sending from a subdomain of it, e.g.
// mail.company.com) count as `own`; the product's hosted address and an ESP's own domain
// count as `hosted`; a row with the name alone (as Outlook shows many senders) is `display`.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Product } from './product.ts'

export const SENDER_SHAPES = ['own', 'hosted', 'esp-sub', 'esp-domain', 'display'] as const
export type SenderShape = (typeof SENDER_SHAPES)[number]

const WEIGHTS: readonly [SenderShape, number][] = [
  ['own', 0.3],
  ['hosted', 0.3],
  ['esp-sub', 0.12],
  ['esp-domain', 0.1],
  ['display', 0.18],
]

export function pickShape(rng: Random): SenderShape {
  let r = rng.next()
  for (const [shape, weight] of WEIGHTS) {
    if (r < weight) return shape
    r -= weight
  }
  return 'own'
}

export function senderClass(shape: SenderShape): NonNullable<MailLabel['sender']> {
  if (shape === 'display') return 'display'
  return shape === 'own' || shape === 'esp-sub' ? 'own' : 'hosted'
}

const ESP_DOMAINS = ['sendwell-mail.net', 'postcrest.email', 'bulkharbor.io']

/** The From field of a mail of the product sent for the company in the given shape. */
export function fromField(shape: SenderShape, c: Company, p: Product, rng: Random): string {
  switch (shape) {
    case 'own':
      return `${c.name} <${p.ownLocal}@${c.domain}>`
    case 'hosted':
      return `${c.name} <${p.hosted(c)}>`
    case 'esp-sub':
      return `${c.name} <${rng.pick(['info', 'news', 'no-reply'])}@${rng.pick(['mail', 'em', 'e'])}.${c.domain}>`
    case 'esp-domain':
      return `${c.name} <${c.slug}@${rng.pick(ESP_DOMAINS)}>`
    case 'display':
      return rng.chance(0.5) ? c.name : `${c.name} ${rng.pick(['Support', 'Team', 'Service'])}`
  }
}

/** The host a mail's links point to: the company's site or the product's hosted site. */
export function linkHost(shape: SenderShape, c: Company, p: Product): string {
  if (shape !== 'hosted') return c.domain
  return p.hosted(c).split('@')[1] ?? c.domain
}
