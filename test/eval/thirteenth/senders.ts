// The from field of a product's mail for one company, in one of the product's sender shapes. The
// label keeps the harness's three classes: a mailing subdomain of the company's own domain counts
// as own, the product's or an ESP's domain as hosted, a bare name as display.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Product, SenderKind } from './products/types.ts'

export interface Sender {
  from: string
  sender: NonNullable<MailLabel['sender']>
}

/** Display-name-only rows are about one in eight for products that also send with an address. */
export function pickSenderKind(rng: Random, product: Product): SenderKind {
  const addressed = product.senders.filter((kind) => kind !== 'display')
  if (addressed.length === 0) return 'display'
  return product.senders.includes('display') && rng.chance(0.12) ? 'display' : rng.pick(addressed)
}

export function senderFor(
  product: Product,
  company: Company,
  lang: Lang,
  kind: SenderKind,
): Sender {
  const display = product.display?.(company, lang) ?? company.name
  switch (kind) {
    case 'display':
      return { from: display, sender: 'display' }
    case 'own':
      return { from: `${display} <${product.mailbox}@${company.domain}>`, sender: 'own' }
    case 'esp': {
      const address = product.esp?.(company) ?? `${product.mailbox}@mail.${company.domain}`
      return { from: `${display} <${address}>`, sender: 'own' }
    }
    case 'hosted': {
      const address = product.hosted?.(company)
      if (!address) throw new Error(`${product.product} has no hosted address`)
      return { from: `${display} <${address}>`, sender: 'hosted' }
    }
  }
}
