// Attacker payloads typed into the name and message fields of the forms: six kinds, written fresh
// per language, in plain text or disguised (mathematical bold, fullwidth, Cyrillic look-alike
// letters, zero-width spaces). Every fourth wave carries none: a bland name and question.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'take-down',
  'police',
  'court',
  'crypto',
  'giveaway',
  'invoice',
] as const
export const STYLES = ['plain', 'bold', 'fullwidth', 'cyrillic', 'zerowidth'] as const
export type Style = (typeof STYLES)[number]

const TEXTS: Record<(typeof PAYLOAD_KINDS)[number], readonly string[]> = {
  'take-down': [
    'FINAL WARNING your website will be taken down in 24h call +1 845 555 0193',
    'LETZTE WARNUNG Ihre Website wird in 24 Std. abgeschaltet Hotline +49 30 5557 0193',
    'DERNIER AVIS votre site sera supprimé sous 24h appelez le +33 1 55 50 01 93',
    'AVISO FINAL su web será retirada en 24 h llame al +34 910 555 193',
    'AVISO FINAL seu site será removido em 24h ligue +55 11 5550 0193',
    'ULTIMO AVVISO il tuo sito sarà oscurato entro 24 ore chiama +39 02 5550 193',
    'LAATSTE WAARSCHUWING uw website gaat binnen 24 uur offline bel +31 20 555 0193',
  ],
  police: [
    'Cyber Police notice: your IP was logged, pay the fine at fine-settle.example',
    'Polizeiliche Mitteilung: Ihre IP wurde erfasst, Bußgeld zahlen unter fine-settle.example',
    'Avis de la cyberpolice : votre IP a été enregistrée, réglez l’amende sur fine-settle.example',
    'Aviso de la policía cibernética: su IP fue registrada, pague la multa en fine-settle.example',
    'Aviso da polícia cibernética: seu IP foi registrado, pague a multa em fine-settle.example',
    'Avviso polizia postale: il tuo IP è stato registrato, paga la multa su fine-settle.example',
    'Melding cyberpolitie: uw IP is vastgelegd, betaal de boete via fine-settle.example',
  ],
  court: [
    'Court summons 4471/26: you must appear, download the file at court-docs.example',
    'Gerichtliche Ladung 4471/26: Unterlagen unter court-docs.example herunterladen',
    'Convocation au tribunal 4471/26 : dossier à télécharger sur court-docs.example',
    'Citación judicial 4471/26: descargue el expediente en court-docs.example',
    'Intimação judicial 4471/26: baixe o processo em court-docs.example',
    'Citazione in giudizio 4471/26: scarica il fascicolo su court-docs.example',
    'Dagvaarding 4471/26: download het dossier via court-docs.example',
  ],
  crypto: [
    'You received 0.42 BTC – claim before midnight at coin-claim.example',
    'Sie haben 0,42 BTC erhalten – bis Mitternacht abholen: coin-claim.example',
    'Vous avez reçu 0,42 BTC – à réclamer avant minuit sur coin-claim.example',
    'Has recibido 0,42 BTC – reclámalos antes de medianoche en coin-claim.example',
    'Você recebeu 0,42 BTC – resgate até meia-noite em coin-claim.example',
    'Hai ricevuto 0,42 BTC – riscattali entro mezzanotte su coin-claim.example',
    'U heeft 0,42 BTC ontvangen – claim voor middernacht via coin-claim.example',
  ],
  giveaway: [
    'Congratulations! You won an iPhone 17, confirm shipping at prize-desk.example',
    'Glückwunsch! Sie haben ein iPhone 17 gewonnen, Versand bestätigen: prize-desk.example',
    'Félicitations ! Vous avez gagné un iPhone 17, confirmez l’envoi sur prize-desk.example',
    '¡Enhorabuena! Has ganado un iPhone 17, confirma el envío en prize-desk.example',
    'Parabéns! Você ganhou um iPhone 17, confirme o envio em prize-desk.example',
    'Complimenti! Hai vinto un iPhone 17, conferma la spedizione su prize-desk.example',
    'Gefeliciteerd! U heeft een iPhone 17 gewonnen, bevestig verzending via prize-desk.example',
  ],
  invoice: [
    'Invoice INV-88213 overdue 1,249.00 EUR pay today at pay-inv.example',
    'Rechnung INV-88213 überfällig 1.249,00 EUR heute zahlen: pay-inv.example',
    'Facture INV-88213 impayée 1 249,00 EUR à régler sur pay-inv.example',
    'Factura INV-88213 vencida 1.249,00 EUR pague hoy en pay-inv.example',
    'Fatura INV-88213 vencida R$ 1.249,00 pague hoje em pay-inv.example',
    'Fattura INV-88213 scaduta 1.249,00 EUR paga oggi su pay-inv.example',
    'Factuur INV-88213 achterstallig 1.249,00 EUR betaal vandaag via pay-inv.example',
  ],
}

const BLAND = [
  'Hello, do you ship to my country?',
  'Hallo, liefern Sie auch nach Österreich?',
  'Bonjour, livrez-vous en Belgique ?',
  'Hola, ¿hacéis envíos a Canarias?',
  'Olá, vocês entregam em Portugal?',
  'Ciao, spedite anche in Svizzera?',
  'Hallo, leveren jullie ook in België?',
]

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
}

function mapLetters(text: string, upper: number, lower: number, digit?: number): string {
  return [...text]
    .map((ch) => {
      if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + ch.charCodeAt(0) - 65)
      if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + ch.charCodeAt(0) - 97)
      if (digit !== undefined && ch >= '0' && ch <= '9')
        return String.fromCodePoint(digit + ch.charCodeAt(0) - 48)
      return ch
    })
    .join('')
}

export function styled(text: string, style: Style): string {
  if (style === 'bold') return mapLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
  if (style === 'fullwidth') return mapLetters(text, 0xff21, 0xff41, 0xff10)
  if (style === 'cyrillic') return [...text].map((ch) => CYRILLIC[ch] ?? ch).join('')
  if (style === 'zerowidth') return [...text].join('\u200b')
  return text
}

export interface Payload {
  /** `kind/style`, or `none`. */
  label: string
  text: (lang: Lang) => string
}

/** The payload of wave number `index`: none every fourth wave, else a kind and style in turn. */
export function payloadFor(rng: Random, index: number): Payload {
  if (index % 4 === 3) return { label: 'none', text: (lang) => BLAND[LANGUAGES.indexOf(lang)]! }
  const kind = PAYLOAD_KINDS[index % PAYLOAD_KINDS.length]!
  const style = rng.pick(STYLES)
  return {
    label: `${kind}/${style}`,
    text: (lang) => styled(TEXTS[kind][LANGUAGES.indexOf(lang)]!, style),
  }
}
