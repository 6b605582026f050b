// The attacker payloads of this set, written fresh: threats, take-down and police notices,
// giveaways, fake invoices and crypto lures, each in one disguise (styled letters, fullwidth,
// Cyrillic/Greek look-alikes, zero-width characters, combining marks) or plain.
import type { Random } from '../prng.ts'

const TEXTS: readonly { kind: string; text: string }[] = [
  { kind: 'threat', text: 'FINAL WARNING: your accounts will be frozen tonight' },
  { kind: 'takedown', text: 'TAKEDOWN NOTICE 88-C: remove your website within 24h' },
  { kind: 'police', text: 'Cybercrime unit: summons issued in your name' },
  { kind: 'giveaway', text: 'You won 3 months of FREE PREMIUM, claim at once' },
  { kind: 'invoice', text: 'Invoice INV-20931 overdue: 1.499,00 EUR debited today' },
  { kind: 'crypto', text: 'Your 0.82 BTC withdrawal is pending approval' },
  { kind: 'giveaway', text: 'FREE GAME CREDITS for the first 500 players' },
  { kind: 'threat', text: 'We know what you did. Pay or we publish' },
]

const BOLD_A = 0x1d5d4 // mathematical sans-serif bold capital A
const LOOK_ALIKE: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  A: 'Α',
  E: 'Ε',
  O: 'Ο',
  T: 'Τ',
}

const DISGUISES: Record<string, (t: string) => string> = {
  plain: (t) => t,
  styled: (t) =>
    t.replace(/[A-Za-z]/gu, (ch) => {
      const upper = ch >= 'A' && ch <= 'Z'
      const base = upper ? BOLD_A : BOLD_A + 26
      return String.fromCodePoint(base + ch.toUpperCase().charCodeAt(0) - 65)
    }),
  fullwidth: (t) => t.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  lookalike: (t) => t.replace(/[aeopcAEOT]/gu, (ch) => LOOK_ALIKE[ch] ?? ch),
  zerowidth: (t) => [...t].join('\u200b'),
  combining: (t) => t.replace(/[a-z]/giu, (ch) => `${ch}\u0336`),
}

export interface Payload {
  /** `kind/disguise`, as the harness labels it. */
  label: string
  text: string
}

export function pickPayload(rng: Random): Payload {
  const base = rng.pick(TEXTS)
  const disguise = rng.pick(Object.keys(DISGUISES))
  return { label: `${base.kind}/${disguise}`, text: DISGUISES[disguise]!(base.text) }
}

const BLAND = ['John', 'Maria', 'Alex', 'Sam Miller', 'Anna', 'Tom', 'Chris', 'Jo']

/** What stands in the name field when the wave carries no payload. */
export function blandName(rng: Random): string {
  return rng.pick(BLAND)
}
