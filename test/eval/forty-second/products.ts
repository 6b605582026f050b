// The eight real products whose default wordings carry about a fifth of the wave mail: two per
// group (helpdesk, sign-up/identity, newsletter, in-house form builder), none named by an earlier
// set's README. A form builder's auto-reply counts in the helpdesk family.
import type { Lang } from '../types.ts'
import { FORMCARRY, INVGATE, QUFORM, TILEDESK } from './products-a.ts'
import { FOURDEM, LEARNWORLDS, MAILIFY, ONELOGIN_RESET, ONELOGIN_VERIFY } from './products-b.ts'
import type { Family, PerLang, Wording } from './types.ts'

export type ProductGroup = 'helpdesk' | 'sign-up' | 'newsletter' | 'form builder'

export interface Product {
  product: string
  group: ProductGroup
  family: Family
  /** The sender row the product's mail usually has. */
  sender: 'own' | 'hosted' | 'display'
  /** The language of the product's own default text. */
  own: Lang
  texts: PerLang<Wording>
}

export const PRODUCTS: readonly Product[] = [
  {
    product: 'Tiledesk',
    group: 'helpdesk',
    family: 'helpdesk',
    sender: 'hosted',
    own: 'en',
    texts: TILEDESK,
  },
  {
    product: 'InvGate',
    group: 'helpdesk',
    family: 'helpdesk',
    sender: 'own',
    own: 'en',
    texts: INVGATE,
  },
  {
    product: 'LearnWorlds',
    group: 'sign-up',
    family: 'verification',
    sender: 'own',
    own: 'en',
    texts: LEARNWORLDS,
  },
  {
    product: 'OneLogin',
    group: 'sign-up',
    family: 'verification',
    sender: 'hosted',
    own: 'en',
    texts: ONELOGIN_VERIFY,
  },
  {
    product: 'OneLogin',
    group: 'sign-up',
    family: 'reset',
    sender: 'hosted',
    own: 'en',
    texts: ONELOGIN_RESET,
  },
  {
    product: 'Mailify',
    group: 'newsletter',
    family: 'subscription',
    sender: 'hosted',
    own: 'fr',
    texts: MAILIFY,
  },
  {
    product: '4dem',
    group: 'newsletter',
    family: 'subscription',
    sender: 'hosted',
    own: 'it',
    texts: FOURDEM,
  },
  {
    product: 'Quform',
    group: 'form builder',
    family: 'helpdesk',
    sender: 'display',
    own: 'en',
    texts: QUFORM,
  },
  {
    product: 'Formcarry',
    group: 'form builder',
    family: 'helpdesk',
    sender: 'own',
    own: 'en',
    texts: FORMCARRY,
  },
]

export function productsOf(family: Family): readonly Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
