// Attacker payloads written for this set: the text typed into a name, subject or message field.
// English for every kind, and the wave's language where written. Phone numbers come from ranges
// set aside for drama (UK 07700 900xxx, US 555-01xx); the crypto address is not a real one.
import type { Random } from '../prng.ts'
import { disguise, pickDisguise } from './disguise.ts'
import type { SixthLang } from './langs.ts'

export const PAYLOAD_KINDS = [
  'threat',
  'takedown',
  'police',
  'giveaway',
  'invoice',
  'crypto',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

const TEXTS: Record<PayloadKind, Partial<Record<SixthLang, string>>> = {
  threat: {
    en: 'FINAL LEGAL WARNING your account is subject to court action call 07700 900417 today',
    de: 'LETZTE ANWALTLICHE MAHNUNG Klage wird eingereicht rufen Sie 07700 900417 an',
    sv: 'SISTA VARNING stämning lämnas in idag ring 07700 900417',
    pl: 'OSTATECZNE WEZWANIE sprawa trafi do sądu zadzwoń 07700 900417',
  },
  takedown: {
    en: 'TAKE DOWN ORDER issued against your website comply within 24h or lose your domain',
    fr: 'ORDRE DE RETRAIT contre votre site web obéir sous 24h sinon suppression du domaine',
    it: 'ORDINE DI RIMOZIONE del tuo sito entro 24 ore o perderai il dominio',
  },
  police: {
    en: 'CYBER POLICE NOTICE case 22-0916 your IP was logged reply to avoid arrest',
    es: 'AVISO DE LA POLICIA CIBERNETICA expediente 22-0916 responda para evitar la detencion',
    nl: 'POLITIE MELDING dossier 22-0916 uw IP is geregistreerd reageer om arrestatie te voorkomen',
    pl: 'POLICJA ZAWIADOMIENIE sprawa 22-0916 twoje IP zarejestrowane odpowiedz natychmiast',
  },
  giveaway: {
    en: 'FREE DISCORD NITRO claim yours now at nitro-gift-drop dot example',
    pt: 'NITRO GRATIS resgate agora em nitro-gift-drop ponto example',
    sv: 'GRATIS NITRO hämta din nu på nitro-gift-drop punkt example',
  },
  invoice: {
    en: 'Your PayPaI invoice of 899.00 USD was approved call +1 555 0143 to cancel',
    de: 'Ihre Rechnung über 899,00 EUR wurde belastet Storno unter +1 555 0143',
    it: 'La tua fattura di 899,00 EUR è stata addebitata per annullare chiama +1 555 0143',
  },
  crypto: {
    en: 'You received 2.4 BTC withdraw at btc-vault-claim dot example before it expires',
    fr: 'Vous avez reçu 2,4 BTC retirez-les sur btc-vault-claim point example',
    es: 'Has recibido 2,4 BTC retíralos en btc-vault-claim punto example',
  },
}

export interface Payload {
  kind: PayloadKind
  label: string
  text: string
}

export function makePayload(rng: Random, lang: SixthLang): Payload {
  const kind = rng.pick(PAYLOAD_KINDS)
  const local = TEXTS[kind][lang]
  const plain = local && rng.chance(0.6) ? local : TEXTS[kind].en!
  const how = pickDisguise(rng)
  return { kind, label: `${kind}/${how}`, text: disguise(plain, how) }
}

/** What an attacker with no payload types: bland names and words. */
export const BLAND = {
  name: ['John', 'Anna', 'Mark', 'Lisa', 'Tom', 'Eva', 'Max', 'Sara'],
  subject: ['Question', 'Hello', 'Help', 'Information', 'Request', 'Contact'],
  message: ['Hello', 'Please call me back', 'test', 'I have a question', 'Hi there'],
}
