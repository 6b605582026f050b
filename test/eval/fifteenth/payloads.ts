// Attacker texts typed into the forms' name / subject fields (written fresh for this set) and the
// disguises they come in; plus bland names for the waves that carry no payload at all.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export const PAYLOADS: Record<string, readonly string[]> = {
  threat: [
    'FINAL WARNING: your files will be published in 24h',
    'We know where you live. Pay or else',
    'LEGAL ACTION PENDING against your name — respond now',
  ],
  takedown: [
    'TAKE DOWN NOTICE: remove your site within 48 hours',
    'DMCA TAKEDOWN ORDER #7781 – comply immediately',
  ],
  police: [
    'EUROPOL CYBER UNIT: you are under investigation',
    'Police summons – call +44 20 3000 1188 today',
  ],
  giveaway: [
    'FREE STEAM GIFT CARD $500 claim at gft-claim.top',
    'You WON an iPhone 17 Pro – claim: win-today.click',
  ],
  invoice: ['Invoice INV-55821 overdue: pay €1,480 now', 'Unpaid order #2291 – account suspended'],
  crypto: ['Send 0.05 BTC to bc1q9xy7tk2 to stop this', 'Double your ETH today – eth-double.live'],
}

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'lookalike',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const LOOKALIKE: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  A: 'Α',
  E: 'Ε',
  O: 'Ο',
  T: 'Τ',
  H: 'Η',
  K: 'Κ',
  N: 'Ν',
  I: 'Ι',
}

function mapLetters(text: string, base: (ch: string) => number | null): string {
  return Array.from(text, (ch) => {
    const code = base(ch)
    return code === null ? ch : String.fromCodePoint(code)
  }).join('')
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'bold': // MATHEMATICAL BOLD letters and digits
      return mapLetters(text, (ch) =>
        /[A-Z]/u.test(ch)
          ? 0x1d400 + ch.charCodeAt(0) - 65
          : /[a-z]/u.test(ch)
            ? 0x1d41a + ch.charCodeAt(0) - 97
            : /[0-9]/u.test(ch)
              ? 0x1d7ce + ch.charCodeAt(0) - 48
              : null,
      )
    case 'fullwidth':
      return mapLetters(text, (ch) => (/[!-~]/u.test(ch) ? 0xff01 + ch.charCodeAt(0) - 33 : null))
    case 'lookalike':
      return Array.from(text, (ch) => LOOKALIKE[ch] ?? ch).join('')
    case 'zerowidth':
      return Array.from(text).join('\u200b')
    case 'combining':
      return Array.from(text, (ch) => (/[A-Za-z]/u.test(ch) ? `${ch}\u0336` : ch)).join('')
    default:
      return text
  }
}

const BLAND: Record<Lang, readonly string[]> = {
  en: ['John', 'Emma Wright', 'Mike', 'Sarah K.', 'Tom Baker'],
  de: ['Jonas', 'Anna Becker', 'Lukas M.', 'Sabine', 'Thomas Huber'],
  fr: ['Julien', 'Camille Roux', 'Marie', 'Nicolas B.', 'Léa Martin'],
  es: ['Javier', 'Lucía Gómez', 'Carlos', 'María P.', 'Pablo Ruiz'],
  pt: ['João', 'Ana Costa', 'Pedro', 'Mariana S.', 'Rui Almeida'],
  it: ['Marco', 'Giulia Rossi', 'Luca', 'Francesca B.', 'Paolo Conti'],
  nl: ['Daan', 'Sanne de Vries', 'Bram', 'Lotte J.', 'Joost Bakker'],
}

export function blandName(rng: Random, lang: Lang): string {
  return rng.pick(BLAND[lang])
}

export interface Payload {
  text: string
  kind: string
  how: Disguise
}

export function payload(rng: Random): Payload {
  const kind = rng.pick(Object.keys(PAYLOADS))
  const how = rng.pick(DISGUISES)
  return { text: disguise(rng.pick(PAYLOADS[kind]!), how), kind, how }
}
