// Attacker payloads written for this set, in each language: what goes into the name or subject
// field of the forms. Phone numbers are from ranges reserved for drama (UK 07700 900xxx, US
// 555-01xx); addresses and sites are made up.
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

export const PAYLOADS: Record<PayloadKind, Record<Lang, string>> = {
  threat: {
    en: 'FINAL LEGAL NOTICE: court summons issued against you, respond within 24h',
    de: 'LETZTE ABMAHNUNG: Klage gegen Sie eingereicht, Frist 24 Stunden',
    fr: 'MISE EN DEMEURE : assignation au tribunal, répondez sous 24h',
    es: 'AVISO LEGAL FINAL: demanda judicial presentada contra usted, 24 h para responder',
    pt: 'NOTIFICAÇÃO JUDICIAL FINAL: processo aberto contra si, responda em 24h',
    it: 'DIFFIDA LEGALE FINALE: citazione in tribunale a suo carico, risposta entro 24 ore',
    nl: 'LAATSTE JURIDISCHE WAARSCHUWING: dagvaarding uitgevaardigd, reageer binnen 24 uur',
  },
  takedown: {
    en: 'TAKE DOWN ORDER - your website will be removed today',
    de: 'LÖSCHUNGSANORDNUNG - Ihre Website wird heute entfernt',
    fr: 'ORDRE DE SUPPRESSION - votre site sera retiré aujourd’hui',
    es: 'ORDEN DE RETIRADA - su web será eliminada hoy',
    pt: 'ORDEM DE REMOÇÃO - o seu site será retirado hoje',
    it: 'ORDINE DI RIMOZIONE - il tuo sito verrà oscurato oggi',
    nl: 'VERWIJDERINGSBEVEL - je website wordt vandaag offline gehaald',
  },
  police: {
    en: 'Cyber Crime Unit case 4471: call +44 7700 900318 immediately',
    de: 'Kriminalpolizei Aktenzeichen 4471: rufen Sie sofort 0152 01234567 an',
    fr: 'Brigade cybercriminalité dossier 4471 : appelez le 01 99 00 45 18',
    es: 'Policía Nacional expediente 4471: llame ya al 600 000 318',
    pt: 'Polícia Judiciária processo 4471: ligue já 210 000 318',
    it: 'Polizia Postale pratica 4471: chiama subito il 06 0000 318',
    nl: 'Politie dossier 4471: bel direct 020 000 0318',
  },
  giveaway: {
    en: 'FREE DISCORD NITRO 12 months - claim at nitro-gift.example',
    de: 'GRATIS iPhone 17 gewonnen! Jetzt abholen: gewinn-heute.example',
    fr: 'FÉLICITATIONS vous avez gagné une carte cadeau de 500 € : cadeau-flash.example',
    es: 'ENHORABUENA has ganado un PS6 gratis - reclama en premio-ya.example',
    pt: 'PARABÉNS ganhou 1000 € em vales - levante em premio-agora.example',
    it: 'HAI VINTO un buono Amazon da 500 € - ritira su premio-subito.example',
    nl: 'GEFELICITEERD je wint een gratis e-bike - claim op winactie-nu.example',
  },
  invoice: {
    en: 'Invoice INV-88213 paid $899.99 via PayPal. Not you? Call +1 555 0147',
    de: 'Rechnung 88213 über 899,99 € abgebucht. Nicht Sie? 0800 000 0147',
    fr: 'Facture 88213 de 899,99 € débitée. Pas vous ? Appelez le 09 00 00 01 47',
    es: 'Factura 88213 de 899,99 € cobrada. ¿No fue usted? Llame al 900 000 147',
    pt: 'Fatura 88213 de 899,99 € cobrada. Não foi você? Ligue 800 000 147',
    it: 'Fattura 88213 di 899,99 € addebitata. Non sei tu? Chiama 800 000 147',
    nl: 'Factuur 88213 van € 899,99 afgeschreven. Niet jij? Bel 0800 000 0147',
  },
  crypto: {
    en: 'Your BTC wallet received 0.85 BTC - withdraw now at coinvault-pay.example',
    de: 'Ihr Krypto-Guthaben: 0,85 BTC bereit zur Auszahlung auf krypto-auszahlung.example',
    fr: 'Vous avez reçu 0,85 BTC - retirez-les sur retrait-crypto.example',
    es: 'Has recibido 0,85 BTC - retíralos en retiro-cripto.example',
    pt: 'Recebeu 0,85 BTC - levante em saque-cripto.example',
    it: 'Hai ricevuto 0,85 BTC - preleva su prelievo-cripto.example',
    nl: 'Je hebt 0,85 BTC ontvangen - opnemen via opname-crypto.example',
  },
}

/** What waves without payload type into the forms. */
export const BLAND_NAMES = ['John', 'Maria', 'Alex', 'Sam', 'test', 'Anna', 'Mark', 'Lisa', 'Tom']
export const BLAND_SUBJECTS: Record<Lang, readonly string[]> = {
  en: ['Question', 'Hello', 'Information request', 'Order enquiry'],
  de: ['Frage', 'Hallo', 'Anfrage', 'Information'],
  fr: ['Question', 'Bonjour', "Demande d'information", 'Renseignement'],
  es: ['Consulta', 'Hola', 'Información', 'Pregunta'],
  pt: ['Pergunta', 'Olá', 'Pedido de informação', 'Dúvida'],
  it: ['Domanda', 'Salve', 'Richiesta informazioni', 'Info'],
  nl: ['Vraag', 'Hallo', 'Informatieverzoek', 'Info'],
}
