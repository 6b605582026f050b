// What the attackers of this set type into the forms, written for this set: take-down orders,
// fake police notices, giveaways, crypto, fake invoices and threats. Most are English, as the
// waves seen in the wild are; some are in the victim's language. Disguised per wave (disguise.ts).
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'takedown',
  'police',
  'giveaway',
  'crypto',
  'invoice',
  'threat',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

export const PAYLOAD_TEXTS: Record<PayloadKind, readonly string[]> = {
  takedown: [
    'TAKE DOWN ORDER 7731: your site goes offline in 24h unless you reply',
    'FINAL TAKEDOWN WARNING - all your pages will be removed tonight',
    'DMCA TAKE DOWN NOTICE #55102 - contact legal desk on Telegram @removal_desk',
    'TAKEDOWN REQUEST APPROVED: account scheduled for deletion',
  ],
  police: [
    'CYBER POLICE UNIT - case 2026/8814 opened against this address',
    'INTERPOL NOTICE: you are summoned, reply within 48 hours',
    'POLICIA NACIONAL - expediente abierto contra usted, responda hoy',
    'POLIZEI CYBERCRIME - Ermittlungsverfahren 41 Js 2207/26 gegen Sie',
    'GENDARMERIE - convocation officielle, dossier 26-0914, répondez sous 48h',
  ],
  giveaway: [
    'FREE NITRO 12 MONTHS - claim at nitro-gifts.example before midnight',
    'YOU WON AN IPHONE 17 PRO - collect your prize now',
    'FREE NITRO CLAIM yours discord-drop.example',
    'CONGRATULATIONS WINNER - 5000 USD gift card waiting',
  ],
  crypto: [
    '0.75 BTC SENT TO YOUR WALLET - confirm withdrawal at btc-release.example',
    'ETH AIRDROP 3.2 ETH pending - verify wallet now',
    'USDT 4,900 credited - release code 88-1174',
  ],
  invoice: [
    'INVOICE 20931 PAID 899.99 USD - call +1 808 555 0142 to cancel',
    'Your Norton renewal 449.00 EUR charged today - refund line +44 20 3868 1190',
    'PAYPAL ORDER 7YH-22 confirmed 1,249.00 - not you? call support now',
    'RECHNUNG 2026-4471 bezahlt 689,00 EUR - Widerruf unter 0800 555 3310',
  ],
  threat: [
    'WE HAVE ALL YOUR PASSWORDS - pay or everything goes public',
    'YOU ARE BEING WATCHED. CHECK YOUR INBOX. THIS IS NOT A JOKE',
    'LAST WARNING - your data will be leaked in 12 hours',
    'SABEMOS DONDE VIVES - paga o publicamos todo',
  ],
}

/** Bland words typed when a wave carries no payload (a first name, a filler, a greeting). */
export const BLAND: Record<Lang, readonly string[]> = {
  en: ['John', 'test', 'hello', 'Mike S', 'info'],
  de: ['Hans', 'test', 'hallo', 'Anfrage', 'Peter M'],
  fr: ['Jean', 'test', 'bonjour', 'demande', 'Marc D'],
  es: ['Juan', 'prueba', 'hola', 'consulta', 'Pedro G'],
  pt: ['João', 'teste', 'olá', 'pedido', 'Paulo R'],
  it: ['Marco', 'prova', 'ciao', 'richiesta', 'Luca B'],
  nl: ['Jan', 'test', 'hallo', 'vraag', 'Pieter V'],
}
