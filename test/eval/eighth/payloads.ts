// Attacker payloads written for this set: a short line (name / subject field) and a longer text
// (message field), by kind; in the wave's language where written here, else English. Phone
// numbers are from ranges reserved for fiction (UK 07700 900xxx, US 555-01xx).
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'legal-threat',
  'take-down',
  'police',
  'giveaway',
  'fake-invoice',
  'crypto',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

export interface PayloadText {
  short: string
  long: string
}

type Table = Record<PayloadKind, Partial<Record<Lang, PayloadText>> & { en: PayloadText }>

export const PAYLOADS: Table = {
  'legal-threat': {
    en: {
      short: 'FINAL NOTICE: court summons filed against you',
      long: 'Your name has been entered in a civil claim. Call +44 7700 900412 within 24 hours or a default judgment will be issued.',
    },
    de: {
      short: 'LETZTE MAHNUNG: Klage gegen Sie eingereicht',
      long: 'Gegen Sie wurde Klage erhoben. Rufen Sie binnen 24 Stunden +44 7700 900413 an, sonst ergeht ein Versäumnisurteil.',
    },
    fr: {
      short: 'MISE EN DEMEURE : assignation au tribunal',
      long: 'Une procédure judiciaire est engagée contre vous. Appelez le +44 7700 900414 sous 24 h pour éviter un jugement par défaut.',
    },
    it: {
      short: 'ULTIMO AVVISO: citazione in tribunale',
      long: 'È stata avviata una causa a suo nome. Chiami il +44 7700 900415 entro 24 ore per evitare la sentenza.',
    },
  },
  'take-down': {
    en: {
      short: 'TAKE DOWN ORDER - your account will be removed',
      long: 'A copyright TAKE DOWN ORDER was filed. All your accounts will be removed tonight unless you reply to takedown-desk@notice.example.',
    },
    es: {
      short: 'ORDEN DE RETIRADA: su cuenta será eliminada',
      long: 'Se ha presentado una ORDEN DE RETIRADA por derechos de autor. Todas sus cuentas se eliminarán esta noche salvo que responda a takedown-desk@notice.example.',
    },
    nl: {
      short: 'VERWIJDERBEVEL: uw account wordt verwijderd',
      long: 'Er is een VERWIJDERBEVEL ingediend wegens auteursrecht. Al uw accounts worden vannacht verwijderd tenzij u reageert via takedown-desk@notice.example.',
    },
  },
  police: {
    en: {
      short: 'Cyber Police: warrant issued in your name',
      long: 'The cyber crime unit has issued a warrant in your name. Contact officer Hale on +1 202 555 0147 immediately.',
    },
    pt: {
      short: 'Polícia: mandado emitido em seu nome',
      long: 'A unidade de crimes informáticos emitiu um mandado em seu nome. Contacte o agente Matos pelo +1 202 555 0148 de imediato.',
    },
    de: {
      short: 'Polizei: Haftbefehl auf Ihren Namen',
      long: 'Die Cybercrime-Einheit hat einen Haftbefehl auf Ihren Namen ausgestellt. Melden Sie sich sofort unter +1 202 555 0149.',
    },
  },
  giveaway: {
    en: {
      short: 'FREE DISCORD NITRO 12 MONTHS claim now',
      long: 'You won FREE DISCORD NITRO for 12 months! Claim before midnight at nitro-gift.example/claim',
    },
    fr: {
      short: 'CADEAU : iPhone 17 gratuit à réclamer',
      long: 'Vous avez gagné un iPhone 17 ! Réclamez-le avant minuit sur cadeau-gagnant.example',
    },
    es: {
      short: 'REGALO: 500 € en tarjeta gratis',
      long: '¡Has ganado una tarjeta regalo de 500 €! Reclámala hoy en regalo-ya.example',
    },
  },
  'fake-invoice': {
    en: {
      short: 'Invoice #88412 PAID $749.99 call to cancel',
      long: 'Your order for Norton Total Care $749.99 was charged. If you did not authorise this, call +1 808 555 0166 to cancel.',
    },
    it: {
      short: 'Fattura 88412 PAGATA 649,99 € chiama per annullare',
      long: 'Il rinnovo da 649,99 € è stato addebitato. Se non lo hai autorizzato chiama +1 808 555 0167 per annullare.',
    },
    nl: {
      short: 'Factuur 88412 BETAALD € 649,99 bel om te annuleren',
      long: 'Uw verlenging van € 649,99 is afgeschreven. Niet door u gedaan? Bel +1 808 555 0168 om te annuleren.',
    },
  },
  crypto: {
    en: {
      short: 'Your 2.4 BTC withdrawal is pending - confirm now',
      long: 'A withdrawal of 2.4 BTC is waiting for you. Log in at btc-release.example with code 7731 to receive it.',
    },
    pt: {
      short: 'Saque de 2,4 BTC pendente - confirme já',
      long: 'Um saque de 2,4 BTC aguarda por você. Entre em btc-release.example com o código 7731 para receber.',
    },
    de: {
      short: 'Auszahlung von 2,4 BTC wartet - jetzt bestätigen',
      long: 'Eine Auszahlung von 2,4 BTC wartet auf Sie. Melden Sie sich mit Code 7731 auf btc-release.example an.',
    },
  },
}

export function payloadText(kind: PayloadKind, lang: Lang): PayloadText {
  return PAYLOADS[kind][lang] ?? PAYLOADS[kind].en
}

/** Bland values typed by an attacker who sends no payload (only floods the address). */
export const BLAND_NAMES = ['John', 'Anna', 'test', 'Mike S', 'Laura', 'asdf', 'Peter', 'Maria']
export const BLAND_SUBJECTS: Record<Lang, readonly string[]> = {
  en: ['Question', 'Hello', 'Order enquiry', 'Help'],
  de: ['Frage', 'Hallo', 'Anfrage', 'Hilfe'],
  fr: ['Question', 'Bonjour', 'Demande', 'Aide'],
  es: ['Pregunta', 'Hola', 'Consulta', 'Ayuda'],
  pt: ['Pergunta', 'Olá', 'Pedido', 'Ajuda'],
  it: ['Domanda', 'Ciao', 'Richiesta', 'Aiuto'],
  nl: ['Vraag', 'Hallo', 'Aanvraag', 'Hulp'],
}
