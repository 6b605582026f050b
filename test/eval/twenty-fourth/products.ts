// The eight products (two per family), none named by an earlier set's README, and how each one's
// mail is sent (own domain, a hosted service, or seen by display name alone).
import { NOCODB, OTOBO, PROPROFS, WEKAN, type Texts } from './products-a.ts'
import { AKAUNTING, DINAMIZE, FIREFLY, SPOTLER } from './products-b.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Product {
  family: Family
  product: string
  texts: Texts
}

export const PRODUCTS: readonly Product[] = [
  { family: 'helpdesk', product: 'OTOBO', texts: OTOBO },
  { family: 'helpdesk', product: 'ProProfs Help Desk', texts: PROPROFS },
  { family: 'verification', product: 'NocoDB', texts: NOCODB },
  { family: 'verification', product: 'Wekan', texts: WEKAN },
  { family: 'subscription', product: 'Spotler Mail+', texts: SPOTLER },
  { family: 'subscription', product: 'Dinamize', texts: DINAMIZE },
  { family: 'reset', product: 'Firefly III', texts: FIREFLY },
  { family: 'reset', product: 'Akaunting', texts: AKAUNTING },
]
