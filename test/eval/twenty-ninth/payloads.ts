// The attackers' payloads of this set (written for it) and their disguises; every fourth wave
// carries none and the forms get a bland name instead.
import type { Random } from '../prng.ts'
import { combining, fullwidth, homoglyph, sansBold, zeroWidth } from './styled.ts'

export const PAYLOAD_TEXTS = [
  {
    kind: 'takedown',
    text: 'FINAL NOTICE: YOUR CHANNEL WILL BE REMOVED IN 24H - APPEAL AT once-appeal.example',
  },
  {
    kind: 'police',
    text: 'Cyber Police Unit 7: case opened against this mailbox, reply within 12 hours',
  },
  { kind: 'giveaway', text: 'YOU WON 2x PS6 + 500 V-BUCKS - claim at lootdrop-now.example' },
  { kind: 'nitro', text: 'FREE NITRO 12 MONTHS gift waiting >> nitro-claim.example' },
  {
    kind: 'crypto',
    text: 'Wallet credited 0.74 BTC - withdraw before midnight: coinvault-safe.example',
  },
  {
    kind: 'invoice',
    text: 'Invoice INV-77318 for 489.00 EUR is overdue, call +44 20 7946 0321 to cancel',
  },
  { kind: 'threat', text: 'we know where you live. pay or everyone sees the files' },
  { kind: 'takedown', text: 'COPYRIGHT STRIKE 3/3 - ACCOUNT DELETION SCHEDULED' },
  { kind: 'giveaway', text: 'Congratulations winner!! iPhone 17 reserved for you, 1 step left' },
] as const

export const BLAND_NAMES = ['Kim', 'Alex M.', 'Sam', 'J. Doe', 'Test User'] as const

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'lookalike',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

export function disguise(how: Disguise, text: string): string {
  switch (how) {
    case 'bold':
      return sansBold(text)
    case 'fullwidth':
      return fullwidth(text)
    case 'lookalike':
      return homoglyph(text)
    case 'zerowidth':
      return zeroWidth(text)
    case 'combining':
      return combining(text)
    default:
      return text
  }
}

export interface Payload {
  /** e.g. `giveaway/bold`, or `none`. */
  label: string
  text: string
}

export function pickPayload(rng: Random, index: number): Payload {
  if (index % 4 === 3) return { label: 'none', text: rng.pick(BLAND_NAMES) }
  const base = PAYLOAD_TEXTS[index % PAYLOAD_TEXTS.length]!
  const how = DISGUISES[index % DISGUISES.length]!
  return { label: `${base.kind}/${how}`, text: disguise(how, base.text) }
}
