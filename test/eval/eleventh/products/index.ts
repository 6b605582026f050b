// Every product of the eleventh set, four per family; each file names its source.
import type { Family, Product } from '../product.ts'
import { AKKOMA } from './akkoma.ts'
import { AUTOTASK } from './autotask.ts'
import { BUDDYPRESS } from './buddypress.ts'
import { CONNECTWISE } from './connectwise.ts'
import { ELGG } from './elgg.ts'
import { INXMAIL } from './inxmail.ts'
import { KEAP } from './keap.ts'
import { MAJORDOMO } from './majordomo.ts'
import { MEMBERFUL } from './memberful.ts'
import { MATOMO } from './matomo.ts'
import { METABASE } from './metabase.ts'
import { MOJO } from './mojo.ts'
import { PASSBOLT } from './passbolt.ts'
import { SYSTEMEIO } from './systemeio.ts'
import { TRUDESK } from './trudesk.ts'
import { ZENCART } from './zencart.ts'

export const PRODUCTS: readonly Product[] = [
  CONNECTWISE,
  AUTOTASK,
  MOJO,
  TRUDESK,
  BUDDYPRESS,
  ELGG,
  AKKOMA,
  ZENCART,
  KEAP,
  INXMAIL,
  MAJORDOMO,
  SYSTEMEIO,
  METABASE,
  MATOMO,
  PASSBOLT,
  MEMBERFUL,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
