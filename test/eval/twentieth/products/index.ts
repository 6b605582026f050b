// The eight products of the twentieth set, two per family.
import type { Family } from '../inhouse/types.ts'
import { GLPI_NEW_TICKET, OTRS_REPLY } from './helpdesk.ts'
import { FLUXBB_RESET, OSCOMMERCE_RESET } from './reset.ts'
import { BREVO_DOI, CLEVERREACH_DOI } from './subscription.ts'
import type { Product } from './types.ts'
import { MANTIS_SIGNUP, VIKUNJA_CONFIRM } from './verification.ts'

export const PRODUCTS: readonly Product[] = [
  OTRS_REPLY,
  GLPI_NEW_TICKET,
  MANTIS_SIGNUP,
  VIKUNJA_CONFIRM,
  BREVO_DOI,
  CLEVERREACH_DOI,
  FLUXBB_RESET,
  OSCOMMERCE_RESET,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
