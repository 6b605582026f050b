// The eight products of the twenty-second set, two per family, none used by an earlier set.
import { BAGISTO, GOGS, KB_SUPPORT, SUPPORTCANDY } from './products-a.ts'
import { BASEROW, MAILCHIMP, SENTRY, SHOPIFY } from './products-b.ts'
import type { Family, Product } from './wording.ts'

export const PRODUCTS: readonly Product[] = [
  SUPPORTCANDY,
  KB_SUPPORT,
  GOGS,
  BAGISTO,
  MAILCHIMP,
  SHOPIFY,
  SENTRY,
  BASEROW,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
