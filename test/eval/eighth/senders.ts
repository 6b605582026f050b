// The From line of a wave mail, in one of four shapes: the company's own domain (with or without
// a display name), the product's hosted sender, a mailing (ESP) domain sending on the company's
// behalf, or a display name alone with no address (as Outlook shows many senders).
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Product } from './product.ts'

export type SenderShape = 'own' | 'hosted' | 'esp' | 'display'

export interface Sender {
  from: string
  shape: SenderShape
  /** The harness's coarse shape: a subdomain of the company counts as `own`. */
  label: NonNullable<MailLabel['sender']>
}

const OWN_LOCALS = ['no-reply', 'noreply', 'support', 'hello', 'info', 'service', 'help']

export function pickShape(rng: Random): SenderShape {
  const u = rng.next()
  return u < 0.15 ? 'display' : u < 0.5 ? 'hosted' : u < 0.65 ? 'esp' : 'own'
}

function ownAddress(rng: Random, p: Product, c: Company): string {
  if (p.ownAddress && rng.chance(0.7)) return p.ownAddress(c)
  const local = rng.pick(OWN_LOCALS)
  return p.family === 'helpdesk' && rng.chance(0.3)
    ? `${local}@helpdesk.${c.domain}`
    : `${local}@${c.domain}`
}

function espAddress(rng: Random, c: Company): { address: string; hosted: boolean } {
  switch (rng.int(0, 3)) {
    case 0:
      return { address: `noreply@mail.${c.domain}`, hosted: false }
    case 1:
      return { address: `bounce-${rng.int(100, 999)}@em.${c.domain}`, hosted: false }
    case 2:
      return { address: `${c.slug}@${c.slug}.ccsend.com`, hosted: true }
    default:
      return { address: `${c.slug}@send.${c.slug}.mlsend.com`, hosted: true }
  }
}

/** The sender of one company's mails (the same for all its mails in a wave). */
export function senderOf(rng: Random, shape: SenderShape, p: Product, c: Company): Sender {
  const display = p.display(c)
  if (shape === 'display') return { from: display, shape, label: 'display' }
  if (shape === 'hosted' && p.hosted)
    return { from: `${display} <${p.hosted(c)}>`, shape, label: 'hosted' }
  if (shape === 'esp') {
    const esp = espAddress(rng, c)
    return { from: `${display} <${esp.address}>`, shape, label: esp.hosted ? 'hosted' : 'own' }
  }
  const address = ownAddress(rng, p, c)
  const from = rng.chance(0.2) ? address : `${display} <${address}>`
  return { from, shape: 'own', label: 'own' }
}
