// Every product of the thirteenth set, by family (four per family; Vendure holds two families).
import { acymailing } from './acymailing.ts'
import { bookstack } from './bookstack.ts'
import { cakemail } from './cakemail.ts'
import { enchant } from './enchant.ts'
import { evalanche } from './evalanche.ts'
import { libredesk } from './libredesk.ts'
import { loginradius } from './loginradius.ts'
import { magic } from './magic.ts'
import { outseta } from './outseta.ts'
import { sendgrid } from './sendgrid.ts'
import { smf } from './smf.ts'
import { stackAuth } from './stack-auth.ts'
import { teamsupport } from './teamsupport.ts'
import type { Family, Product } from './types.ts'
import { vendureReset, vendureVerify } from './vendure.ts'
import { xurrent } from './xurrent.ts'

export const PRODUCTS: readonly Product[] = [
  enchant,
  libredesk,
  teamsupport,
  xurrent,
  bookstack,
  smf,
  vendureVerify,
  outseta,
  acymailing,
  cakemail,
  sendgrid,
  evalanche,
  loginradius,
  magic,
  stackAuth,
  vendureReset,
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
