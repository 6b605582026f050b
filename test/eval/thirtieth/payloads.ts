// Payloads written for this set (what attackers type into the forms' name and subject fields),
// and the disguises they come in: plain, bold mathematical letters, fullwidth, Cyrillic/Greek
// look-alikes, zero-width characters between letters, combining marks.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const TEXTS: Record<string, readonly string[]> = {
  takedown: [
    'FINAL TAKEDOWN NOTICE – ACCOUNT SEIZED IN 24H',
    'YOUR CHANNEL WILL BE REMOVED - APPEAL NOW',
    'DOMAIN SUSPENSION ORDER #4471',
  ],
  police: [
    'CYBER POLICE WARRANT ISSUED FOR YOUR ARREST',
    'EUROPOL CASE FILE OPENED – RESPOND IMMEDIATELY',
  ],
  nitro: ['FREE NITRO 12 MONTHS >> claim-gift.example', 'STEAM GIFT CARD 100$ WAITING FOR YOU'],
  crypto: ['BTC DOUBLER 2X RETURN GUARANTEED', 'USDT AIRDROP 5000 – CONNECT WALLET NOW'],
  invoice: [
    'INVOICE 88213 OVERDUE – PAY 949.00 EUR TODAY',
    'PAYPAL CHARGE 699.99 USD CALL +1 808 555 0142',
  ],
  threat: ['WE KNOW WHERE YOU LIVE', 'YOU HAVE 48 HOURS TO ANSWER US'],
}
export const PAYLOAD_KINDS = Object.keys(TEXTS)

/** Bland names typed into the forms of the waves without payload. */
const BLAND: Record<Lang, readonly string[]> = {
  en: ['Kim Dale', 'info request', 'hello'],
  de: ['Anfrage', 'Max Berger', 'Hallo'],
  fr: ['Demande', 'Luc Morel', 'Bonjour'],
  es: ['Consulta', 'Ana Ruiz', 'Hola'],
  pt: ['Pedido', 'João Reis', 'Olá'],
  it: ['Richiesta', 'Luca Neri', 'Ciao'],
  nl: ['Vraag', 'Tom Smit', 'Hallo'],
}

const HOMO: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  N: 'Ν',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'Υ',
  Z: 'Ζ',
}

function mapLetters(text: string, f: (ch: string) => string): string {
  return [...text].map(f).join('')
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, (ch) => {
        const c = ch.charCodeAt(0)
        if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d400 + c - 65)
        if (c >= 97 && c <= 122) return String.fromCodePoint(0x1d41a + c - 97)
        if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ce + c - 48)
        return ch
      })
    case 'fullwidth':
      return mapLetters(text, (ch) => {
        const c = ch.charCodeAt(0)
        return c > 32 && c < 127 ? String.fromCharCode(0xff00 + c - 32) : ch
      })
    case 'homoglyph':
      return mapLetters(text, (ch) => HOMO[ch] ?? ch)
    case 'zerowidth':
      return mapLetters(text, (ch) => (ch === ' ' ? ch : `${ch}\u200b`))
    case 'combining':
      return mapLetters(text, (ch) => (/[A-Za-z]/u.test(ch) ? `${ch}\u0336` : ch))
  }
}

export interface Payload {
  /** `<kind>/<disguise>`, or `none`. */
  label: string
  /** What the forms echo: the disguised payload, or a bland name. */
  text: string
}

export function pickPayload(rng: Random, lang: Lang, none: boolean, index: number): Payload {
  if (none) return { label: 'none', text: rng.pick(BLAND[lang]) }
  const kind = PAYLOAD_KINDS[index % PAYLOAD_KINDS.length]!
  const how = DISGUISES[Math.floor(index / 2) % DISGUISES.length]!
  return { label: `${kind}/${how}`, text: disguise(rng.pick(TEXTS[kind]!), how) }
}
