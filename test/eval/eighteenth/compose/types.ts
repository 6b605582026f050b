// The shape of one language's building blocks for the composed in-house wordings.
export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'

export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface FamilyBlocks {
  subject: string
  lead: string
  act: string
  next: string
}

export type LangBlocks = Record<Family, FamilyBlocks> & {
  greet: string
  close: string
  foot: string
}
