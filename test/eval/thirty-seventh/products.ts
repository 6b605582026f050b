// The eight products (two per family) whose default wording about a fifth of the wave mail
// carries, none named by an earlier set's README (checked by the unit test).
import type { Lang } from '../types.ts'
import {
  CONTACT_FORM_7,
  DJANGO_HELPDESK,
  FLASK_APPBUILDER,
  QUESTION2ANSWER,
} from './products-desk.ts'
import { ALO_EASYMAIL, BUDIBASE, REDASH, SUBSCRIBE2 } from './products-mail.ts'
import { FAMILY_OF, type Family, type Variant } from './wording.ts'

export interface Product {
  product: string
  variant: Variant
  /** The sender row the product's mail usually has. */
  sender: 'own' | 'hosted' | 'display'
  /** The local part the product sends from on a company's own domain. */
  local: string
  texts: Record<Lang, string>
}

export interface ListedProduct extends Product {
  family: Family
}

export const PRODUCTS: readonly ListedProduct[] = [
  DJANGO_HELPDESK,
  CONTACT_FORM_7,
  FLASK_APPBUILDER,
  QUESTION2ANSWER,
  SUBSCRIBE2,
  ALO_EASYMAIL,
  REDASH,
  BUDIBASE,
].map((p) => ({ ...p, family: FAMILY_OF[p.variant] }))

export function productsOf(family: Family): readonly ListedProduct[] {
  return PRODUCTS.filter((p) => p.family === family)
}

export function variantOfProduct(product: string): Variant | undefined {
  return PRODUCTS.find((p) => p.product === product)?.variant
}
