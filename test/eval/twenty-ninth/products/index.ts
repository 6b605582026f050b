// The eight products of this set, two per family.
import { BLESTA, HOSTBILL } from './helpdesk.ts'
import { DOKUWIKI, PHABRICATOR } from './reset.ts'
import { COPERNICA, MAILMUNCH } from './subscription.ts'
import type { Family, Product } from './types.ts'
import { ILIAS, LEMONLDAP } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  BLESTA,
  HOSTBILL,
  LEMONLDAP,
  ILIAS,
  MAILMUNCH,
  COPERNICA,
  DOKUWIKI,
  PHABRICATOR,
]

export const productsOf = (family: Family): Product[] => PRODUCTS.filter((p) => p.family === family)
