// The thirty-second set's eight products, two per family, none named by an earlier set.
import { DESKERO, LIVEHELPNOW, MODX_LOGIN, PW_LOGINREGISTER } from './desk.ts'
import { AUTHJS, JTL_DOI, OXID_DOI, ZIMBRA } from './mail.ts'
import type { Family, Product } from './types.ts'

export const PRODUCTS: readonly Product[] = [
  DESKERO,
  LIVEHELPNOW,
  MODX_LOGIN,
  PW_LOGINREGISTER,
  OXID_DOI,
  JTL_DOI,
  AUTHJS,
  ZIMBRA,
]

export function productsOf(family: Family): readonly Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
