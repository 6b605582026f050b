// Every product of the ninth set, by family (README "Wordings").
import type { Family, Product } from '../product.ts'
import { BOLDDESK } from './bolddesk.ts'
import { CANVAS_VERIFY } from './canvas-verify.ts'
import { CASDOOR } from './casdoor.ts'
import { DESCOPE } from './descope.ts'
import { DESK365 } from './desk365.ts'
import { EGOI } from './egoi.ts'
import { FRONTEGG } from './frontegg.ts'
import { HANKO } from './hanko.ts'
import { LAPOSTA } from './laposta.ts'
import { MAILUP } from './mailup.ts'
import { TAWKTO } from './tawkto.ts'
import { UMBRACO } from './umbraco.ts'

export const PRODUCTS: readonly Product[] = [
  BOLDDESK,
  DESK365,
  TAWKTO,
  FRONTEGG,
  CASDOOR,
  CANVAS_VERIFY,
  LAPOSTA,
  EGOI,
  MAILUP,
  DESCOPE,
  HANKO,
  UMBRACO,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
