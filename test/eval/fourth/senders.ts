// The From line of a company's mail: its own domain (varied local parts and subdomains), the
// product's hosted sender, or a display name with no address (as Outlook shows some senders).
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import { LOCAL_WORDS, TEAM_WORDS } from './company-words.ts'
import type { Product } from './products/product.ts'
import { fromLine } from './render.ts'

export type SenderShape = NonNullable<MailLabel['sender']>

export interface Sender {
  shape: SenderShape
  from: string
}

const SUBDOMAINS = ['', '', '', 'mail.', 'notify.', 'e.', 'info.']

function shapeFor(rng: Random, product: Product): SenderShape {
  const roll = rng.next()
  if (product.hostedOnly) return roll < 0.85 ? 'hosted' : 'display'
  if (product.hosted) return roll < 0.5 ? 'own' : roll < 0.8 ? 'hosted' : 'display'
  return roll < 0.78 ? 'own' : 'display'
}

function nameFor(rng: Random, company: Company): string {
  return rng.chance(0.6) ? company.name : `${company.name} ${rng.pick(TEAM_WORDS[company.lang])}`
}

/** The sender a company uses for one product's mail (the same for every mail of the company). */
export function senderFor(rng: Random, product: Product, company: Company): Sender {
  const shape = shapeFor(rng, product)
  if (shape === 'display') return { shape, from: fromLine(nameFor(rng, company), null) }
  if (shape === 'hosted' && product.hosted) {
    const name = product.hostedName ?? nameFor(rng, company)
    return { shape, from: fromLine(name, product.hosted(company)) }
  }
  const local = rng.chance(0.65) ? rng.pick(product.locals) : rng.pick(LOCAL_WORDS[company.lang])
  const sub = rng.pick(product.subdomains ?? SUBDOMAINS)
  return { shape: 'own', from: fromLine(nameFor(rng, company), `${local}@${sub}${company.domain}`) }
}
