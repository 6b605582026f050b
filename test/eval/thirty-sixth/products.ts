// The eight real products of this set's wave mail (two per family), none named by an earlier
// set's README; each company using one keeps that product's wording for the whole wave.
import { EDD, ORACLE, PERFEX, SHARETRIBE } from './products-desk.ts'
import { ABANTECART, CHARITABLE, PRIVY, SIMPLENEWS } from './products-mail.ts'
import type { Family, Product } from './wording.ts'

export const PRODUCTS: readonly Product[] = [
  PERFEX,
  ORACLE,
  SHARETRIBE,
  EDD,
  PRIVY,
  SIMPLENEWS,
  CHARITABLE,
  ABANTECART,
]

export function productsOf(family: Family): readonly Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
