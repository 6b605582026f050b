// Fills a product's template with what the form's sender typed and what the product generates
// (ticket numbers, codes, links). Unknown placeholders are left as they are, so a typo shows.
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import type { Product, Text } from './products/types.ts'

export interface Fill {
  name: string
  subject: string
  company: string
  id: string
  code: string
  link: string
  email: string
}

export function fillText(template: string, fill: Fill): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in fill ? fill[key as keyof Fill] : whole,
  )
}

export function render(text: Text, fill: Fill): Text {
  return { subject: fillText(text.subject, fill), body: fillText(text.body, fill) }
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export function makeCode(rng: Random, kind: Product['code'] = 'digits6'): string {
  const length = kind === 'digits8' ? 8 : 6
  const alphabet = kind === 'alnum6' ? LETTERS : '0123456789'
  return Array.from({ length }, () => alphabet[rng.int(0, alphabet.length - 1)]!).join('')
}

export function makeToken(rng: Random, length = 22): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyz0123456789'
  return Array.from({ length }, () => alphabet[rng.int(0, alphabet.length - 1)]!).join('')
}

/** A link on the company's site or the product's host, as the product would build it. */
export function makeLink(rng: Random, company: Company, product: Product): string {
  const path = {
    helpdesk: 'tickets',
    verification: 'confirm',
    subscription: 'subscribe/confirm',
    reset: 'account/reset',
  }[product.family]
  return `https://${company.domain}/${path}/${makeToken(rng)}`
}

export function makeFill(
  rng: Random,
  company: Company,
  product: Product,
  typed: { name: string; subject: string },
  email: string,
): Fill {
  return {
    ...typed,
    company: company.name,
    id: String(rng.int(10_000, 9_999_999)),
    code: makeCode(rng, product.code),
    link: makeLink(rng, company, product),
    email,
  }
}
