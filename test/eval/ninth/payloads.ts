// The attacker texts typed into the forms' name and subject fields, written fresh for this set:
// legal threats, take-down orders, police notices, giveaways, fake invoices and crypto lures,
// in English and in each wave language; plus the bland names of waves with no payload at all.
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

const ENGLISH: Record<PayloadKind, readonly string[]> = {
  threat: [
    'FINAL WARNING: COURT SUMMONS FILED AGAINST YOU',
    'Legal action pending - respond within 24h',
  ],
  takedown: ['DMCA TAKE DOWN ORDER - SITE WILL BE SUSPENDED', 'TAKEDOWN NOTICE 7731 - comply now'],
  police: ['CYBER POLICE UNIT: your IP is under investigation', 'Interpol case file opened on you'],
  giveaway: ['FREE DISCORD NITRO - claim at nitro-gifts.example', 'You WON a PS5 - claim today'],
  invoice: [
    'Invoice #88213 OVERDUE $1,249.00 call +1 808 555 0142',
    'PayPaI charge $699 - call to cancel',
  ],
  crypto: ['Your 2.4 BTC withdrawal is pending - confirm', 'Elon USDT airdrop x2 - act now'],
}

const LOCAL: Record<Exclude<Lang, 'en'>, Record<PayloadKind, string>> = {
  de: {
    threat: 'LETZTE MAHNUNG: Klage wird eingereicht',
    takedown: 'ABMAHNUNG - Ihre Seite wird gesperrt',
    police: 'Bundespolizei: Ermittlungsverfahren gegen Sie',
    giveaway: 'Sie haben ein iPhone 17 GEWONNEN',
    invoice: 'Rechnung 4471 überfällig: 899 EUR',
    crypto: 'Ihre Bitcoin-Auszahlung wartet',
  },
  fr: {
    threat: 'MISE EN DEMEURE : procédure judiciaire engagée',
    takedown: 'ORDRE DE RETRAIT - site suspendu',
    police: 'Gendarmerie : convocation urgente',
    giveaway: 'Vous avez GAGNÉ une carte cadeau 500 €',
    invoice: 'Facture impayée n°2290 : 740 €',
    crypto: 'Retrait de 1,8 BTC en attente',
  },
  es: {
    threat: 'ÚLTIMO AVISO: demanda judicial en curso',
    takedown: 'ORDEN DE RETIRADA - su web será cerrada',
    police: 'Policía Nacional: expediente abierto',
    giveaway: 'Has GANADO un iPhone - reclámalo ya',
    invoice: 'Factura vencida 3381: 560 €',
    crypto: 'Tu retiro de USDT está pendiente',
  },
  pt: {
    threat: 'ÚLTIMO AVISO: processo judicial aberto',
    takedown: 'ORDEM DE REMOÇÃO - site será suspenso',
    police: 'Polícia Federal: intimação urgente',
    giveaway: 'Você GANHOU um Pix de R$ 5.000',
    invoice: 'Boleto vencido 7712: R$ 1.290',
    crypto: 'Seu saque de 0,9 BTC está pendente',
  },
  it: {
    threat: 'ULTIMO AVVISO: citazione in giudizio',
    takedown: 'ORDINE DI RIMOZIONE - sito sospeso',
    police: 'Polizia Postale: indagine a suo carico',
    giveaway: 'Hai VINTO un buono Amazon da 500 €',
    invoice: 'Fattura scaduta 5540: 980 €',
    crypto: 'Il tuo prelievo BTC è in attesa',
  },
  nl: {
    threat: 'LAATSTE AANMANING: dagvaarding volgt',
    takedown: 'VERWIJDERINGSBEVEL - site wordt offline gehaald',
    police: 'Politie: strafdossier geopend',
    giveaway: 'Je hebt een iPhone GEWONNEN',
    invoice: 'Openstaande factuur 6621: € 845',
    crypto: 'Je BTC-opname staat klaar',
  },
}

/** Ordinary first names that a wave with no payload types into every form. */
export const BLAND: Record<Lang, readonly string[]> = {
  en: ['John', 'Sarah', 'Mike'],
  de: ['Peter', 'Anna'],
  fr: ['Julien', 'Claire'],
  es: ['Carlos', 'Lucía'],
  pt: ['João', 'Ana'],
  it: ['Marco', 'Giulia'],
  nl: ['Jan', 'Sanne'],
}

export function payloadText(rng: Random, kind: PayloadKind, lang: Lang): string {
  if (lang === 'en' || rng.chance(0.4)) return rng.pick(ENGLISH[kind])
  return LOCAL[lang][kind]
}
