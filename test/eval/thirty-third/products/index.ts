// The eight products of the thirty-third set, two per family, none named by an earlier set.
import { ISSUETRAK, SMARTERTRACK } from './helpdesk.ts'
import { APPSMITH, N8N } from './reset.ts'
import { FRESHMAIL, SENDX } from './subscription.ts'
import type { Family, Product } from './types.ts'
import { OROCOMMERCE, PENPOT } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  SMARTERTRACK,
  ISSUETRAK,
  OROCOMMERCE,
  PENPOT,
  FRESHMAIL,
  SENDX,
  APPSMITH,
  N8N,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
