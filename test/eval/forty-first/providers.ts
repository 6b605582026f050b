// The person's real providers, one per sector, and the fraud stories each persona's wave hides.
// The mail provider and the phone carrier write rarely (no history in the window); the others
// send statements, receipts and newsletters in earlier weeks.
import type { Lang } from '../types.ts'
import { companyDomain, companyName, PROVIDER_STEMS } from './companies.ts'
import type { AlertKind, PersonaKind } from './types.ts'

export const SECTORS = [
  'bank',
  'card',
  'mail',
  'carrier',
  'payments',
  'marketplace',
  'labels',
  'exchange',
  'pension',
  'pharmacy',
  'shop',
  'airline',
  'hotel',
  'rental',
] as const
export type Sector = (typeof SECTORS)[number]

const SECTOR_WORD: Record<Sector, string> = {
  bank: 'Bank',
  card: 'Card',
  mail: 'Mail',
  carrier: 'Mobile',
  payments: 'Pay',
  marketplace: 'Market',
  labels: 'Ship',
  exchange: 'Coin',
  pension: 'Pensions',
  pharmacy: 'Pharma',
  shop: 'Store',
  airline: 'Air',
  hotel: 'Hotels',
  rental: 'Cars',
}

export interface Provider {
  sector: Sector
  stem: string
  name: string
  domain: string
  /** Whether it wrote to the person in the weeks before (statements, receipts, newsletters). */
  history: boolean
}

export function provider(sector: Sector, lang: Lang): Provider {
  const stem = PROVIDER_STEMS[SECTORS.indexOf(sector)]!
  const word = SECTOR_WORD[sector]
  return {
    sector,
    stem,
    name: companyName(stem, word),
    domain: companyDomain(stem, lang, word),
    history: sector !== 'mail' && sector !== 'carrier',
  }
}

/** Sectors the wave companies can share with the person's providers ("verify" from a bank). */
export const WAVE_SECTOR_WORDS = ['Bank', 'Pay', 'Mobile', 'Coin', 'Store', 'Air'] as const

export const PERSONA_SECTORS: Record<PersonaKind, readonly Sector[]> = {
  'shop-owner': ['payments', 'marketplace', 'labels', 'bank', 'mail', 'carrier'],
  'crypto-holder': ['exchange', 'bank', 'card', 'mail', 'carrier'],
  pensioner: ['bank', 'pension', 'pharmacy', 'shop', 'mail', 'carrier'],
  traveller: ['airline', 'hotel', 'rental', 'card', 'mail', 'carrier'],
}

export interface Step {
  sector: Sector
  alert: AlertKind
}

const step = (sector: Sector, alert: AlertKind): Step => ({ sector, alert })

/** Two fraud stories per persona, in the order the attacker's moves cause the alerts. */
export const STORIES: Record<PersonaKind, readonly (readonly Step[])[]> = {
  'shop-owner': [
    [step('payments', 'signin'), step('payments', 'payee'), step('payments', 'transfer')],
    [
      step('mail', 'forwarding'),
      step('mail', 'recovery'),
      step('marketplace', 'password'),
      step('marketplace', 'contact'),
    ],
  ],
  'crypto-holder': [
    [
      step('exchange', 'signin'),
      step('exchange', 'twofa'),
      step('exchange', 'contact'),
      step('exchange', 'transfer'),
    ],
    [step('carrier', 'sim'), step('bank', 'otp'), step('card', 'card')],
  ],
  pensioner: [
    [
      step('bank', 'signin'),
      step('bank', 'contact'),
      step('bank', 'payee'),
      step('bank', 'otp'),
      step('bank', 'transfer'),
    ],
    [
      step('mail', 'forwarding'),
      step('shop', 'password'),
      step('shop', 'order'),
      step('shop', 'giftcard'),
    ],
  ],
  traveller: [
    [
      step('airline', 'signin'),
      step('airline', 'contact'),
      step('airline', 'giftcard'),
      step('card', 'card'),
    ],
    [
      step('mail', 'twofa'),
      step('mail', 'password'),
      step('carrier', 'sim'),
      step('card', 'otp'),
      step('card', 'card'),
      step('mail', 'recovery'),
    ],
  ],
}
