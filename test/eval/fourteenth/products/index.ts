// Every product of the set, by family (at most two per family: most wave mail is in-house).
import type { Family, Product } from '../wording.ts'
import { SIRPORTLY, SUPPORTBEE } from './helpdesk.ts'
import { AUTHGEAR, PASSAGE } from './reset.ts'
import { MADMIMI, NEWSLETTER2GO } from './subscription.ts'
import { CHAMILO, FRIENDICA } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  SUPPORTBEE,
  SIRPORTLY,
  FRIENDICA,
  CHAMILO,
  NEWSLETTER2GO,
  MADMIMI,
  PASSAGE,
  AUTHGEAR,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
