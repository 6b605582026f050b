// The values one wave mail echoes: the attacker's name and subject, the company, and the
// ticket numbers, codes and links the product adds (their formats follow each product).
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import type { Fields, Product } from './product.ts'

function hex(rng: Random, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += '0123456789abcdef'[rng.int(0, 15)]
  return out
}

function ticketOf(rng: Random, p: Product, at: number): string {
  if (p.product === 'Autotask PSA') {
    const day = new Date(at).toISOString().slice(0, 10).replace(/-/gu, '')
    return `T${day}.${String(rng.int(1, 9999)).padStart(4, '0')}`
  }
  if (p.product === 'Majordomo') return `${hex(rng, 8)}`
  return String(rng.int(10_000, 9_999_999))
}

const PATHS: Record<Product['family'], readonly string[]> = {
  helpdesk: ['tickets', 'portal/requests', 'support/ticket'],
  verification: ['activate', 'confirm', 'account/verify'],
  subscription: ['optin', 'newsletter/confirm', 'subscribe/ok'],
  reset: ['reset', 'password/recover', 'login/recover'],
}

export interface FieldInput {
  name: string
  subject: string
  email: string
  company: Company
  product: Product
  host: string
  at: number
}

export function fieldsFor(rng: Random, input: FieldInput): Fields {
  const { product, company } = input
  const ticket = ticketOf(rng, product, input.at)
  return {
    name: input.name,
    subject: input.subject,
    email: input.email,
    company: company.name,
    site: company.domain,
    ticket,
    code: product.family === 'verification' ? hex(rng, 20) : String(rng.int(100_000, 999_999)),
    link: `https://${input.host}/${rng.pick(PATHS[product.family])}/${hex(rng, 24)}`,
  }
}
