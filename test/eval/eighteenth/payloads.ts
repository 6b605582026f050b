// Attacker texts typed into the forms' name and subject fields, written fresh for this set, and
// the disguises they come in. Phone numbers use ranges reserved for fiction or none at all.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'threat',
  'takedown',
  'police',
  'giveaway',
  'invoice',
  'crypto',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

const TEXTS: Record<PayloadKind, Partial<Record<Lang, string>> & { en: string }> = {
  threat: {
    en: 'FINAL NOTICE: lawsuit filed against you, respond within 24h',
    es: 'ÚLTIMO AVISO: demanda judicial presentada contra usted',
    pt: 'AVISO FINAL: processo judicial aberto contra você',
    it: 'ULTIMO AVVISO: causa legale avviata contro di te',
    nl: 'LAATSTE WAARSCHUWING: rechtszaak tegen u gestart',
  },
  takedown: {
    en: 'TAKE DOWN ORDER – your channel will be removed today',
    de: 'LÖSCHANORDNUNG – Ihr Kanal wird heute entfernt',
    es: 'ORDEN DE RETIRADA – su canal será eliminado hoy',
    pt: 'ORDEM DE REMOÇÃO – seu canal será removido hoje',
  },
  police: {
    en: 'POLICE CYBER UNIT: your IP is under investigation',
    fr: 'GENDARMERIE : convocation, votre adresse IP est signalée',
    it: 'POLIZIA POSTALE: il tuo IP è sotto indagine',
    nl: 'POLITIE: uw IP-adres wordt onderzocht, bel direct',
  },
  giveaway: {
    en: 'FREE DISCORD NITRO 🎁 claim now before it expires',
    es: 'iPhone 16 GRATIS 🎁 reclámalo hoy',
    pt: 'PIX DE R$ 5.000 GRÁTIS 🎁 resgate agora',
    de: 'GRATIS PS5 🎁 jetzt abholen',
  },
  invoice: {
    en: 'Invoice INV-88213 USD 749.99 paid, call +1 555 0134 to cancel',
    it: 'Fattura 4471 di € 389,00 addebitata, chiama per annullare',
    nl: 'Factuur 2291 € 499,- afgeschreven, bel om te annuleren',
    fr: 'Facture 7741 de 599 € débitée, appelez pour annuler',
  },
  crypto: {
    en: 'You received 0.84 BTC – withdraw at once',
    pt: 'Você recebeu 0,84 BTC – saque agora',
    es: 'Has recibido 0,84 BTC – retíralos ya',
  },
}

export const DISGUISES = [
  'plain',
  'bold',
  'script',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  E: 'Е',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  H: 'Н',
  K: 'К',
  M: 'М',
  B: 'В',
}
const GREEK: Record<string, string> = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
  Y: 'Υ',
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
}

function offsetLetters(text: string, upper: number, lower: number): string {
  return [...text]
    .map((ch) => {
      if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + ch.charCodeAt(0) - 65)
      if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + ch.charCodeAt(0) - 97)
      return ch
    })
    .join('')
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return offsetLetters(text, 0x1d400, 0x1d41a)
    case 'script':
      return offsetLetters(text, 0x1d4d0, 0x1d4ea)
    case 'fullwidth':
      return [...text]
        .map((ch) => (ch > ' ' && ch <= '~' ? String.fromCodePoint(ch.charCodeAt(0) + 0xfee0) : ch))
        .join('')
    case 'cyrillic':
      return [...text].map((ch) => CYRILLIC[ch] ?? ch).join('')
    case 'greek':
      return [...text].map((ch) => GREEK[ch] ?? ch).join('')
    case 'zero-width':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (ch === ' ' ? ch : `${ch}\u0336`)).join('')
  }
}

export interface Payload {
  kind: PayloadKind
  how: Disguise
  text: string
  /** The label, e.g. `giveaway/bold`. */
  label: string
}

/** A payload in the wave's language where one is written, else English. */
export function pickPayload(rng: Random, lang: Lang): Payload {
  const kind = rng.pick(PAYLOAD_KINDS)
  const how = rng.chance(0.35) ? 'plain' : rng.pick(DISGUISES)
  const texts = TEXTS[kind]
  const raw = (rng.chance(0.7) ? texts[lang] : undefined) ?? texts.en
  return { kind, how, text: disguise(raw, how), label: `${kind}/${how}` }
}

/** Bland names and subjects for waves whose attacker typed nothing telling. */
export const BLAND_NAMES: readonly string[] = [
  'John',
  'Ana',
  'Marco',
  'Sam',
  'Lisa',
  'Pedro',
  'Jan',
  'Maria',
]
export const BLAND_TITLES: Record<Lang, readonly string[]> = {
  en: ['Hello', 'Question', 'Order info'],
  de: ['Frage', 'Hallo', 'Anfrage'],
  fr: ['Question', 'Bonjour', 'Demande'],
  es: ['Consulta', 'Hola', 'Información'],
  pt: ['Dúvida', 'Olá', 'Informação'],
  it: ['Domanda', 'Ciao', 'Informazioni'],
  nl: ['Vraag', 'Hallo', 'Informatie'],
}
