// What attackers type into the name and subject fields, written fresh for this set: threats,
// take-down orders, police notices, giveaways, fake invoices and crypto lures, in the wave's
// language; and the bland names of waves that carry no payload at all.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DISGUISES, disguise, type Disguise } from './disguise.ts'

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
    en: 'FINAL WARNING: your accounts will be exposed tonight unless you answer',
    de: 'LETZTE WARNUNG: Ihre Daten werden heute Nacht veröffentlicht',
    fr: 'DERNIER AVERTISSEMENT : vos comptes seront exposés ce soir',
    es: 'ÚLTIMO AVISO: tus cuentas serán expuestas esta noche',
    pt: 'ÚLTIMO AVISO: as suas contas serão expostas esta noite',
    it: 'ULTIMO AVVISO: i tuoi account saranno esposti stanotte',
    nl: 'LAATSTE WAARSCHUWING: je accounts worden vannacht openbaar',
  },
  takedown: {
    en: 'TAKEDOWN NOTICE 17-B: remove your listings within 24h',
    de: 'LÖSCHAUFFORDERUNG 17-B: Inhalte binnen 24 Std. entfernen',
    fr: 'ORDRE DE RETRAIT 17-B : supprimez vos contenus sous 24 h',
    es: 'ORDEN DE RETIRADA 17-B: elimine su contenido en 24 h',
    pt: 'ORDEM DE REMOÇÃO 17-B: retire os conteúdos em 24 h',
    it: 'ORDINE DI RIMOZIONE 17-B: rimuovere i contenuti entro 24 ore',
    nl: 'VERWIJDERBEVEL 17-B: haal uw content binnen 24 uur offline',
  },
  police: {
    en: 'Metropolitan Cyber Unit - case opened against you, call now',
    de: 'Kriminalpolizei Cybercrime - Ermittlungsverfahren gegen Sie eröffnet',
    fr: 'Brigade numérique - une procédure est ouverte contre vous',
    es: 'Guardia Civil Delitos Telemáticos - expediente abierto contra usted',
    pt: 'Polícia Judiciária - processo aberto contra si',
    it: 'Polizia Postale - procedimento aperto a suo carico',
    nl: 'Politie Cybercrime - er loopt een onderzoek tegen u',
  },
  giveaway: {
    en: 'YOU WON a PS6 bundle - claim at giftdrop-now.win',
    de: 'GEWONNEN: iPhone 18 Pro - jetzt abholen auf giftdrop-now.win',
    fr: 'GAGNANT : carte cadeau 500 € sur giftdrop-now.win',
    es: 'HAS GANADO un Steam Deck - reclama en giftdrop-now.win',
    pt: 'GANHOU um vale de 500 € - resgate em giftdrop-now.win',
    it: 'HAI VINTO un buono Amazon da 500 € su giftdrop-now.win',
    nl: 'GEWONNEN: cadeaubon van 500 euro via giftdrop-now.win',
  },
  invoice: {
    en: 'Invoice INV-88213 overdue 2,940.00 USD pay today',
    de: 'Rechnung RE-88213 überfällig 2.940,00 EUR sofort zahlen',
    fr: 'Facture FA-88213 impayée 2 940,00 EUR à régler',
    es: 'Factura FV-88213 vencida 2.940,00 EUR pague hoy',
    pt: 'Fatura FT-88213 em atraso 2.940,00 EUR pague hoje',
    it: 'Fattura FT-88213 scaduta 2.940,00 EUR pagare oggi',
    nl: 'Factuur F-88213 achterstallig 2.940,00 EUR vandaag betalen',
  },
  crypto: {
    en: 'Your wallet received 1.84 BTC - withdraw at btc-unlock.app',
    de: 'Ihr Wallet hat 1,84 BTC erhalten - auszahlen auf btc-unlock.app',
    fr: 'Votre portefeuille a reçu 1,84 BTC - retirez sur btc-unlock.app',
    es: 'Tu monedero recibió 1,84 BTC - retira en btc-unlock.app',
    pt: 'A sua carteira recebeu 1,84 BTC - levante em btc-unlock.app',
    it: 'Il tuo wallet ha ricevuto 1,84 BTC - preleva su btc-unlock.app',
    nl: 'Je wallet ontving 1,84 BTC - opnemen via btc-unlock.app',
  },
}

/** The names of waves without a payload: what a bored attacker types. */
const BLAND: Record<Lang, readonly string[]> = {
  en: ['John', 'Mike', 'test', 'Sarah'],
  de: ['Hans', 'Peter', 'test', 'Anna'],
  fr: ['Jean', 'Marie', 'test', 'Paul'],
  es: ['Juan', 'Maria', 'prueba', 'Pepe'],
  pt: ['João', 'Ana', 'teste', 'Rui'],
  it: ['Marco', 'Giulia', 'prova', 'Luca'],
  nl: ['Jan', 'Piet', 'test', 'Sanne'],
}

const BLAND_SUBJECT: Record<Lang, string> = {
  en: 'Question',
  de: 'Frage',
  fr: 'Question',
  es: 'Consulta',
  pt: 'Pergunta',
  it: 'Domanda',
  nl: 'Vraag',
}

export interface Payload {
  /** e.g. `giveaway/fullwidth`, or `none/plain` for a wave without one. */
  label: string
  name: (rng: Random) => string
  subject: (rng: Random) => string
}

export function blandPayload(lang: Lang): Payload {
  return {
    label: 'none/plain',
    name: (rng) => rng.pick(BLAND[lang]),
    subject: () => BLAND_SUBJECT[lang],
  }
}

/** A payload of the kind in the language, disguised; short names keep the greeting readable. */
export function makePayload(kind: PayloadKind, lang: Lang, how: Disguise): Payload {
  const text = TEXTS[kind][lang] ?? TEXTS[kind].en
  return {
    label: `${kind}/${how}`,
    name: (rng) => {
      const words = text.split(' ').slice(0, rng.int(3, 6)).join(' ')
      return disguise(rng, words.replace(/[\s:,-]+$/u, ''), how)
    },
    subject: (rng) => disguise(rng, text, how),
  }
}

export function randomPayload(rng: Random, lang: Lang): Payload {
  return makePayload(rng.pick(PAYLOAD_KINDS), lang, rng.pick(DISGUISES))
}
