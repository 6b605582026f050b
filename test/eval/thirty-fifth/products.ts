// The thirty-fifth set's eight products, two per family, none named by an earlier set's README.
import { CLIENTEXEC, FOSSBILLING, GUMROAD, TRYTON } from './products-desk.ts'
import { LIFTERLMS, MAILBLUSTER, MEMBERPRESS, SENDLANE } from './products-mail.ts'
import type { Product } from './types.ts'

export const PRODUCTS: readonly Product[] = [
  FOSSBILLING,
  CLIENTEXEC,
  TRYTON,
  GUMROAD,
  SENDLANE,
  MAILBLUSTER,
  MEMBERPRESS,
  LIFTERLMS,
]
