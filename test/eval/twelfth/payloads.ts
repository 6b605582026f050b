// Attacker payloads written for this set, put into the name and subject fields of the forms:
// fake legal threats, take-down orders, police notices, giveaways, fake invoices and crypto
// lures, in the wave's language where attackers localise them and in English otherwise.
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

const ENGLISH: Record<PayloadKind, readonly string[]> = {
  threat: [
    'FINAL LEGAL WARNING: lawsuit filed against you today',
    'Cease all activity or face court action within 24h',
  ],
  takedown: [
    'TAKE DOWN ORDER #88213 - your channel will be removed',
    'COPYRIGHT STRIKE: remove content now',
  ],
  police: [
    'Cyber Police Unit: arrest warrant issued in your name',
    'NOTICE FROM INTERPOL - respond immediately',
  ],
  giveaway: [
    'FREE DISCORD NITRO - claim at nitro-gift.example',
    'You won a PS5! Claim your prize today',
  ],
  invoice: [
    'Invoice INV-44102 overdue: $1,849.00 charged to your card',
    'Order #77-3310 PayPal charge $699.99 - call to cancel',
  ],
  crypto: [
    'Your BTC wallet received 0.84 BTC - withdraw now',
    'Elon crypto giveaway: send 0.1 ETH get 2 ETH back',
  ],
}

const LOCAL: Record<Exclude<Lang, 'en'>, Partial<Record<PayloadKind, string>>> = {
  de: {
    threat: 'LETZTE MAHNUNG: Klage wird heute eingereicht',
    police: 'Bundespolizei: Haftbefehl gegen Sie erlassen',
    giveaway: 'Gratis iPhone 16 gewonnen - jetzt abholen',
  },
  fr: {
    threat: 'MISE EN DEMEURE : poursuites engagées contre vous',
    police: 'Gendarmerie nationale : convocation judiciaire urgente',
    invoice: 'Facture impayée n° 5521 : 1 290,00 € prélevés',
  },
  es: {
    threat: 'AVISO LEGAL FINAL: demanda presentada contra usted',
    giveaway: 'Has ganado un iPhone 16, reclámalo hoy',
    crypto: 'Tu cartera recibió 0,84 BTC: retíralos ahora',
  },
  pt: {
    threat: 'NOTIFICAÇÃO JUDICIAL: processo aberto contra você',
    takedown: 'ORDEM DE REMOÇÃO: seu canal será excluído',
    giveaway: 'Você ganhou um PIX de R$ 5.000',
  },
  it: {
    threat: 'DIFFIDA LEGALE: causa depositata contro di te',
    police: 'Polizia Postale: denuncia a tuo carico',
    invoice: 'Fattura scaduta n. 8830: addebito di 990,00 €',
  },
  nl: {
    threat: 'LAATSTE AANMANING: dagvaarding ingediend',
    police: 'Politie: proces-verbaal op uw naam',
    crypto: 'Je wallet ontving 0,84 BTC - nu opnemen',
  },
}

/** The payload text of a kind in a language (the local one where attackers write it). */
export function payloadText(kind: PayloadKind, lang: Lang, variant: number): string {
  const local = lang === 'en' ? undefined : LOCAL[lang][kind]
  if (local && variant % 2 === 0) return local
  const list = ENGLISH[kind]
  return list[variant % list.length]!
}

/** Names typed by attackers who carry no payload, by language. */
export const BLAND_NAMES: Record<Lang, readonly string[]> = {
  en: ['John', 'test', 'Mike', 'aaa'],
  de: ['Hans', 'Test', 'Max', 'asdf'],
  fr: ['Jean', 'test', 'Pierre', 'aaa'],
  es: ['Juan', 'prueba', 'Carlos', 'aaa'],
  pt: ['João', 'teste', 'Pedro', 'aaa'],
  it: ['Mario', 'prova', 'Luca', 'aaa'],
  nl: ['Piet', 'test', 'Jan', 'aaa'],
}

/** Subjects typed into contact forms when there is no payload. */
export const BLAND_TOPICS: Record<Lang, readonly string[]> = {
  en: ['Hello', 'question', 'help', 'test'],
  de: ['Hallo', 'Frage', 'Hilfe', 'Test'],
  fr: ['Bonjour', 'question', 'aide', 'test'],
  es: ['Hola', 'consulta', 'ayuda', 'prueba'],
  pt: ['Olá', 'dúvida', 'ajuda', 'teste'],
  it: ['Ciao', 'domanda', 'aiuto', 'prova'],
  nl: ['Hallo', 'vraag', 'hulp', 'test'],
}
