// A product's default notification, per language: subject and body with {slots}.
import type { Lang } from '../../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Text {
  subject: string
  body: string
}

export interface Product {
  family: Family
  product: string
  /** How its mail is usually sent: own domain, a hosted service, or a display-name-only row. */
  sender: 'own' | 'hosted'
  texts: Record<Lang, Text>
}
