// The values a product's template is filled with for one mail: what the attacker typed (name,
// subject, message) and what the service adds (ticket number, code, link).
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import type { Values } from './product.ts'
import { listOf } from './senders.ts'

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

export function token(rng: Random, length = 24): string {
  return Array.from({ length }, () => ALPHABET[rng.int(0, ALPHABET.length - 1)]).join('')
}

export interface Typed {
  name: string
  subj: string
  msg: string
}

export function valuesFor(
  rng: Random,
  c: Company,
  typed: Typed,
  ticket: number,
  email: string,
): Values {
  const path = rng.pick(['account/verify', 'confirm', 'reset', 'subscribe/confirm', 't', 'c'])
  return {
    co: c.name,
    domain: c.domain,
    list: listOf(c),
    name: typed.name,
    subj: typed.subj,
    msg: typed.msg,
    n: String(ticket),
    code: String(rng.int(100_000, 999_999)),
    url: `https://${c.domain}/${path}/${token(rng)}`,
    email,
    token: token(rng, 10),
  }
}
