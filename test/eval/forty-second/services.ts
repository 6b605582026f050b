// The services of each large own burst, in the order a person meets them, with the first mail
// each sends: `hand` is the lead service's hand-written mail, `setpw` an account the employer or
// university created, `code` a one-time code (new phone), `verify` a confirmation link.
import type { Lang } from '../types.ts'
import { capital } from './companies.ts'
import type { BurstKind } from './types.ts'

export type FirstAction = 'hand' | 'verify' | 'setpw' | 'code'

export interface Role {
  trade: string
  first: FirstAction
}

const r = (trade: string, first: FirstAction): Role => ({ trade, first })

export const ROLES: Record<BurstKind, readonly Role[]> = {
  job: [
    r('HR', 'hand'),
    r('Payroll', 'setpw'),
    r('Benefits', 'setpw'),
    r('Academy', 'setpw'),
    r('Chat', 'verify'),
    r('VPN', 'setpw'),
    r('Expenses', 'setpw'),
    r('IT Desk', 'setpw'),
    r('Travel', 'verify'),
    r('Pension', 'verify'),
    r('Time', 'setpw'),
    r('Vault', 'verify'),
  ],
  move: [
    r('Energy', 'hand'),
    r('Water', 'verify'),
    r('Fibre', 'verify'),
    r('Insurance', 'verify'),
    r('Post', 'verify'),
    r('Bank', 'verify'),
    r('Council', 'verify'),
    r('Removals', 'verify'),
    r('Parking', 'verify'),
    r('Waste', 'verify'),
  ],
  phone: [
    r('Chat', 'hand'),
    r('Bank', 'code'),
    r('Photos', 'code'),
    r('Music', 'verify'),
    r('Maps', 'code'),
    r('Fit', 'verify'),
    r('Shop', 'code'),
    r('Auth', 'code'),
    r('Rides', 'code'),
    r('Cloud', 'verify'),
  ],
  student: [
    r('Campus', 'hand'),
    r('Library', 'setpw'),
    r('Learn', 'setpw'),
    r('Union', 'verify'),
    r('Card', 'verify'),
    r('Housing', 'verify'),
    r('Transit', 'verify'),
    r('Sports', 'verify'),
    r('Forum', 'verify'),
    r('Exams', 'setpw'),
    r('Webmail', 'setpw'),
    r('Notes', 'verify'),
  ],
  shop: [
    r('Pay', 'hand'),
    r('Market', 'verify'),
    r('Ship', 'verify'),
    r('Books', 'verify'),
    r('Domains', 'verify'),
    r('Mailhost', 'verify'),
    r('Store', 'verify'),
    r('Invoice', 'verify'),
    r('Ads', 'verify'),
    r('Business', 'verify'),
  ],
}

const UNIVERSITY: Record<Lang, (name: string) => string> = {
  en: (n) => `${n} University`,
  de: (n) => `Universität ${n}`,
  fr: (n) => `Université ${n}`,
  es: (n) => `Universidad ${n}`,
  pt: (n) => `Universidade ${n}`,
  it: (n) => `Università ${n}`,
  nl: (n) => `Universiteit ${n}`,
}

/** The organisation behind invited accounts: the new employer, or the university. */
export function orgName(kind: BurstKind, stem: string, lang: Lang): string {
  if (kind === 'student') return UNIVERSITY[lang](capital(stem))
  return kind === 'job' ? `${capital(stem)} Group` : capital(stem)
}
