// The attacker's texts typed into the forms, written for this set, and their disguises: plain,
// bold mathematical letters, fullwidth, Cyrillic/Greek look-alikes, zero-width joiners and
// combining marks. Every fourth wave carries none (the form gets a bland name instead).
import type { Random } from '../prng.ts'

export const PAYLOAD_TEXTS: readonly { kind: string; text: string }[] = [
  { kind: 'takedown', text: 'ACCOUNT SEIZURE NOTICE - ALL PROFILES WILL BE ERASED AT MIDNIGHT' },
  { kind: 'takedown', text: 'FINAL TAKEDOWN WARNING: PAY 0.3 BTC OR YOUR SITE GOES DARK' },
  { kind: 'police', text: 'CYBERCRIME UNIT CASE 44-1907: YOU ARE UNDER INVESTIGATION, CALL NOW' },
  {
    kind: 'police',
    text: 'Interpol notice: your IP is flagged, settle the fine at fine-desk.example',
  },
  { kind: 'giveaway', text: 'NITRO DROP 2026 >> claim 12 months free at nitro-vault.example' },
  { kind: 'giveaway', text: 'YOU WON A CONSOLE BUNDLE 🎮 verify at prize-shelf.example' },
  { kind: 'crypto', text: 'Doubling event: send 500 USDT receive 1000 USDT wallet-bloom.example' },
  { kind: 'crypto', text: 'Elon airdrop live - 5 ETH per wallet, connect at drop-harbor.example' },
  { kind: 'invoice', text: 'INVOICE 88213 OVERDUE 1,249.00 EUR - pay via billdesk-secure.example' },
  { kind: 'invoice', text: 'Your Norton renewal of $389.99 was charged. Dispute: +1 808 555 0141' },
  { kind: 'threat', text: 'we know where you live. check your inbox, it will not stop' },
  { kind: 'threat', text: 'YOUR MAILBOX IS OURS NOW - 500 MORE COMING EVERY HOUR' },
]

export const BLAND: readonly string[] = ['Hello', 'test', 'Jo', 'Info', 'hi there', 'Kontakt']

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

function mapLetters(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0)
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== null && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
      return ch
    })
    .join('')
}

const HOMOGLYPHS: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'ο',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  N: 'Ν',
  Z: 'Ζ',
}

export function disguise(text: string, d: Disguise): string {
  switch (d) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'fullwidth':
      return [...text]
        .map((ch) => {
          const c = ch.charCodeAt(0)
          return c > 32 && c < 127 ? String.fromCharCode(c + 0xfee0) : ch === ' ' ? '\u3000' : ch
        })
        .join('')
    case 'homoglyph':
      return [...text].map((ch) => HOMOGLYPHS[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].map((ch, i) => (i % 2 === 1 && ch !== ' ' ? `\u200b${ch}` : ch)).join('')
    case 'combining':
      return [...text].map((ch) => (/[A-Za-z]/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** e.g. `police/bold`, or `none`. */
  label: string
  text: string
  none: boolean
}

export function pickPayload(rng: Random, index: number): Payload {
  if (index % 4 === 1) return { label: 'none', text: rng.pick(BLAND), none: true }
  const base = PAYLOAD_TEXTS[index % PAYLOAD_TEXTS.length]!
  const d = DISGUISES[index % DISGUISES.length]!
  return { label: `${base.kind}/${d}`, text: disguise(base.text, d), none: false }
}
