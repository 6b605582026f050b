// The eight products of the twenty-seventh set, two per family, none named by an earlier set.
import { CERB, HELPSPOT } from './helpdesk.ts'
import { NOTION, SOLIDUS } from './reset.ts'
import { ACELLE, ECOMAIL } from './subscription.ts'
import type { Family, Product } from './types.ts'
import { INDICO, PROTON } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  HELPSPOT,
  CERB,
  INDICO,
  PROTON,
  ACELLE,
  ECOMAIL,
  SOLIDUS,
  NOTION,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
