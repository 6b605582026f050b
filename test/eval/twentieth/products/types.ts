// A real product's default notification, rendered in our own words from its documentation.
import type { Lang } from '../../types.ts'
import type { Family, Wording } from '../inhouse/types.ts'

export interface Product {
  family: Family
  product: string
  /** Languages the product ships this text in; the others are our rendering. */
  shipped: readonly Lang[]
  texts: Record<Lang, Wording>
}
