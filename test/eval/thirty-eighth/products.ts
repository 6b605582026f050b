// The eight real products of this set (two per family, none named by an earlier set's README):
// their family, the variant they stand for, the sender row their mail usually has, and texts.
import type { Texts, Variant } from './wording-types.ts'
import { CALDERA, HAPPYFORMS, PROFILEPRESS, WP_MEMBERS } from './products-a.ts'
import { ENORMAIL, MONICA, QUENTN, SILVERSTRIPE } from './products-b.ts'

export interface Product {
  product: string
  family: string
  variant: Variant
  sender: 'own' | 'hosted' | 'display'
  texts: Texts
}

export const PRODUCTS: readonly Product[] = [
  {
    product: 'Caldera Forms',
    family: 'helpdesk',
    variant: 'enquiry',
    sender: 'own',
    texts: CALDERA,
  },
  {
    product: 'HappyForms',
    family: 'helpdesk',
    variant: 'enquiry',
    sender: 'display',
    texts: HAPPYFORMS,
  },
  {
    product: 'ProfilePress',
    family: 'verification',
    variant: 'signup',
    sender: 'own',
    texts: PROFILEPRESS,
  },
  {
    product: 'WP-Members',
    family: 'verification',
    variant: 'signup',
    sender: 'display',
    texts: WP_MEMBERS,
  },
  { product: 'Quentn', family: 'subscription', variant: 'optin', sender: 'hosted', texts: QUENTN },
  {
    product: 'Enormail',
    family: 'subscription',
    variant: 'optin',
    sender: 'hosted',
    texts: ENORMAIL,
  },
  {
    product: 'Silverstripe',
    family: 'reset',
    variant: 'reset',
    sender: 'own',
    texts: SILVERSTRIPE,
  },
  { product: 'Monica', family: 'reset', variant: 'reset', sender: 'display', texts: MONICA },
]
