// A product's default notification: its family, the sender shape it uses, and one text per
// language ({c} company, {p} what the form received, {ref} ticket number, {link}, {code}).
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
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, Text>
}
