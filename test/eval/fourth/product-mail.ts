// One product mail of one company: a wording of the company's language with every placeholder
// filled (what the form's fields held, the company, a reference, a code and a link).
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import type { Product, Wording } from './products/product.ts'
import { fill, shaped } from './render.ts'

/** What was typed into the form, or what the person wrote. */
export interface Fields {
  title: string
  message: string
  name: string
  user: string
  email: string
}

export interface ProductMail {
  subject: string
  body: string
  wording: Wording
}

export type Slot = 'title' | 'message' | 'name' | 'user'

/** The fields a wording echoes, in the order the payload is placed in them. */
export function slotsOf(wording: Wording): Slot[] {
  const text = wording.subject + wording.body
  return (['title', 'message', 'name', 'user'] as const).filter((slot) =>
    text.includes(`{${slot}}`),
  )
}

export function productMail(
  rng: Random,
  product: Product,
  company: Company,
  fields: Fields,
  wording: Wording = rng.pick(product.texts[company.lang]),
): ProductMail {
  const token = shaped(rng, '%%%%%%%%%%%%%%%%%%%%%%%%')
  const values = {
    ...fields,
    company: company.name,
    site: company.domain,
    ticket: shaped(rng, product.ticket ?? '#####'),
    code: shaped(rng, product.code ?? '######'),
    link: product.link
      ? product.link(company, token)
      : `https://${company.domain}/confirm/${token}`,
  }
  return { subject: fill(wording.subject, values), body: fill(wording.body, values), wording }
}

/** A username field keeps letters, digits and underscores of what was typed. */
export function usernameOf(rng: Random, typed: string): string {
  const ascii = typed
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 _.-]/gu, '')
    .trim()
    .replace(/\s+/gu, '_')
    .slice(0, 24)
  return ascii.length >= 3 ? ascii : `user${rng.int(1000, 9999)}`
}
