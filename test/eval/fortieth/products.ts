// The eight products of this set (two per group: helpdesk, sign-up/identity, newsletter,
// in-house form builders), none named by an earlier set's README. A product's family is the
// shared report's family of its first mail: a form builder's autoresponder is a helpdesk-like
// acknowledgement of a contact form.
import { CIRCLE, HELPSHIFT, PYLON, SOFTR } from './products-a.ts'
import { EVEREST, FILLOUT, MAILEON, SQUALOMAIL } from './products-b.ts'
import type { Family, PerLang, Wording } from './types.ts'

export interface Product {
  product: string
  group: 'helpdesk' | 'sign-up' | 'newsletter' | 'form-builder'
  family: Family
  /** The sender row the product's companies use seven times in ten. */
  usual: 'own' | 'hosted' | 'display'
  texts: PerLang<Wording>
}

export const PRODUCTS: readonly Product[] = [
  {
    product: 'Helpshift',
    group: 'helpdesk',
    family: 'helpdesk',
    usual: 'hosted',
    texts: HELPSHIFT,
  },
  { product: 'Pylon', group: 'helpdesk', family: 'helpdesk', usual: 'own', texts: PYLON },
  { product: 'Softr', group: 'sign-up', family: 'verification', usual: 'display', texts: SOFTR },
  {
    product: 'Circle.so',
    group: 'sign-up',
    family: 'verification',
    usual: 'hosted',
    texts: CIRCLE,
  },
  { product: 'Maileon', group: 'newsletter', family: 'subscription', usual: 'own', texts: MAILEON },
  {
    product: 'Squalomail',
    group: 'newsletter',
    family: 'subscription',
    usual: 'hosted',
    texts: SQUALOMAIL,
  },
  {
    product: 'Fillout',
    group: 'form-builder',
    family: 'helpdesk',
    usual: 'display',
    texts: FILLOUT,
  },
  {
    product: 'Everest Forms',
    group: 'form-builder',
    family: 'helpdesk',
    usual: 'own',
    texts: EVEREST,
  },
]

export function productsOf(family: Family): readonly Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
