// A product default: its family, name, sender shape and one text per language. Slots: {company},
// {name} (the name field, where payloads land), {topic} (the ticket subject), {ref}, {code},
// {link}, {email}.
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
  /** own: the company's domain; hosted: a helpdesk or mailing host; display: name only. */
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, Text>
}
