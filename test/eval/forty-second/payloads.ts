// The attacker's text a form carries into the confirmations: take-down orders, police notices,
// crypto and giveaway bait, fake invoices, written fresh per language, and the disguises that
// hide it from word lists (styled letters, fullwidth, look-alike Cyrillic, zero-width spaces).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { PayloadKind, PerLang, Style } from './types.ts'

const TEXTS: Record<PayloadKind, PerLang<string>> = {
  takedown: {
    en: 'NOTICE: your website will be taken offline in 24 hours for copyright abuse. Reply with ID 7741 to object',
    de: 'ACHTUNG: Ihre Webseite wird wegen Urheberrechtsverletzung in 24 Stunden abgeschaltet. Widerspruch nur mit Kennung 7741',
    fr: 'AVIS : votre site sera supprimé sous 24 h pour violation de droits d’auteur. Contestez avec le code 7741',
    es: 'AVISO: su web será retirada en 24 horas por infracción de derechos de autor. Recurra con el ID 7741',
    pt: 'AVISO: o seu site será removido em 24 horas por violação de direitos de autor. Conteste com o ID 7741',
    it: 'AVVISO: il tuo sito verrà oscurato entro 24 ore per violazione del diritto d’autore. Ricorso con ID 7741',
    nl: 'LET OP: uw website gaat binnen 24 uur offline wegens auteursrechtschending. Bezwaar met kenmerk 7741',
  },
  police: {
    en: 'Metropolitan cyber unit: a case has been opened against you. Call +44 20 3966 0142 today to avoid arrest',
    de: 'Landeskriminalamt Cybercrime: gegen Sie läuft ein Verfahren. Rufen Sie heute +49 30 2290 4417 an',
    fr: 'Brigade numérique : une procédure est ouverte contre vous. Appelez le +33 1 84 88 21 09 avant ce soir',
    es: 'Policía, unidad de delitos telemáticos: tiene un expediente abierto. Llame hoy al +34 910 48 22 71',
    pt: 'Polícia Judiciária, unidade de cibercrime: há um processo contra si. Ligue hoje para +351 21 340 8812',
    it: 'Polizia postale: è stato aperto un fascicolo a suo carico. Chiami oggi il +39 06 9480 1133',
    nl: 'Politie, team cybercrime: er loopt een dossier tegen u. Bel vandaag +31 20 808 4471',
  },
  crypto: {
    en: 'Your wallet received 0.84 BTC. Withdraw now at btc-release.io before the transfer expires',
    de: 'Ihr Wallet hat 0,84 BTC erhalten. Jetzt auszahlen auf btc-release.io, bevor es verfällt',
    fr: 'Votre portefeuille a reçu 0,84 BTC. Retirez-les sur btc-release.io avant expiration',
    es: 'Su monedero ha recibido 0,84 BTC. Retírelos en btc-release.io antes de que caduquen',
    pt: 'A sua carteira recebeu 0,84 BTC. Levante-os em btc-release.io antes que expirem',
    it: 'Il tuo wallet ha ricevuto 0,84 BTC. Preleva ora su btc-release.io prima della scadenza',
    nl: 'Uw wallet heeft 0,84 BTC ontvangen. Neem op via btc-release.io voordat het vervalt',
  },
  giveaway: {
    en: 'Congratulations! You were picked for a free iPhone 17 Pro. Claim it at prize-desk.win within 2 hours',
    de: 'Glückwunsch! Sie haben ein iPhone 17 Pro gewonnen. Abholen auf prize-desk.win innerhalb von 2 Stunden',
    fr: 'Félicitations ! Vous avez gagné un iPhone 17 Pro. Réclamez-le sur prize-desk.win sous 2 heures',
    es: '¡Enhorabuena! Ha ganado un iPhone 17 Pro. Reclámelo en prize-desk.win en menos de 2 horas',
    pt: 'Parabéns! Ganhou um iPhone 17 Pro. Reclame-o em prize-desk.win nas próximas 2 horas',
    it: 'Complimenti! Hai vinto un iPhone 17 Pro. Ritiralo su prize-desk.win entro 2 ore',
    nl: 'Gefeliciteerd! U hebt een iPhone 17 Pro gewonnen. Claim hem binnen 2 uur op prize-desk.win',
  },
  invoice: {
    en: 'Invoice INV-55810 of £1,249.00 is overdue. Pay today or call +44 161 850 2290 to cancel',
    de: 'Rechnung RE-55810 über 1.249,00 € ist überfällig. Heute zahlen oder +49 69 4780 2290 anrufen',
    fr: 'Facture FA-55810 de 1 249,00 € impayée. Réglez aujourd’hui ou appelez le +33 4 72 91 22 90',
    es: 'Factura F-55810 de 1.249,00 € vencida. Pague hoy o llame al +34 932 71 22 90 para anularla',
    pt: 'Fatura FT-55810 de 1.249,00 € em atraso. Pague hoje ou ligue +351 22 610 2290 para cancelar',
    it: 'Fattura FT-55810 di 1.249,00 € scaduta. Paga oggi o chiama il +39 02 8295 2290 per annullare',
    nl: 'Factuur F-55810 van € 1.249,00 staat open. Betaal vandaag of bel +31 10 714 2290 om te annuleren',
  },
}

/** A question anyone could type: the attack without a payload still fills the message field. */
const BLAND: PerLang<readonly string[]> = {
  en: ['Hello, I have a question about my account', 'Please get in touch', 'Info please'],
  de: ['Hallo, ich habe eine Frage', 'Bitte um Rückruf', 'Info bitte'],
  fr: ['Bonjour, j’ai une question', 'Merci de me recontacter', 'Renseignement'],
  es: ['Hola, tengo una consulta', 'Contacten conmigo, por favor', 'Información'],
  pt: ['Olá, tenho uma dúvida', 'Por favor contactem-me', 'Informação'],
  it: ['Buongiorno, avrei una domanda', 'Ricontattatemi per favore', 'Informazioni'],
  nl: ['Hallo, ik heb een vraag', 'Graag contact opnemen', 'Info graag'],
}

/** What an address probe types into a form. */
export const PROBES: readonly string[] = ['test', 'asdf', 'hello', 'tst', '123', '.', 'qwe']

export function payloadText(kind: PayloadKind, lang: Lang): string {
  return TEXTS[kind][lang]
}

export function blandText(rng: Random, lang: Lang): string {
  return rng.pick(BLAND[lang])
}

function mapLetters(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0)
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== null && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
      return ch
    })
    .join('')
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
}

/** The payload as the attacker styled it. */
export function styled(text: string, style: Style): string {
  switch (style) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'fullwidth':
      return mapLetters(text, 0xff21, 0xff41, 0xff10)
    case 'cyrillic':
      return [...text].map((ch) => CYRILLIC[ch] ?? ch).join('')
    case 'zerowidth':
      return text.replace(/(\p{L})(?=\p{L})/gu, (_, ch: string) => `${ch}\u200b`)
  }
}
