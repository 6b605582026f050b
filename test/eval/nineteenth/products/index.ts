// Every product of the nineteenth set, two per family, each new to every earlier set.
import type { Family } from '../inhouse/types.ts'
import { DOLIBARR, VTIGER } from './helpdesk.ts'
import { KIMAI, WIKIJS } from './reset.ts'
import { CYBERIMPACT, MAILINGWORK } from './subscription.ts'
import type { Product } from './types.ts'
import { CS_CART, SAP_CDC } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  DOLIBARR,
  VTIGER,
  SAP_CDC,
  CS_CART,
  CYBERIMPACT,
  MAILINGWORK,
  KIMAI,
  WIKIJS,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
