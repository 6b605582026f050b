// The eight products of this set, two per family, none named by an earlier set's README.
import { ONEDESK, SUPPORTBENCH } from './helpdesk.ts'
import { POSTMARK_RESET, PYDIO } from './reset.ts'
import { SMARTEMAILING, UNISENDER } from './subscription.ts'
import type { Family, Product } from './types.ts'
import { KENTICO, LIFERAY } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  ONEDESK,
  SUPPORTBENCH,
  LIFERAY,
  KENTICO,
  UNISENDER,
  SMARTEMAILING,
  POSTMARK_RESET,
  PYDIO,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
