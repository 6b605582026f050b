// What attackers type into the forms, written for this set: six kinds per language, in plain
// text or styled Unicode, and bland text for the waves without a payload.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'takedown',
  'police',
  'court',
  'crypto',
  'giveaway',
  'invoice',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]
export const STYLES = ['plain', 'bold', 'fullwidth', 'cyrillic', 'zerowidth'] as const
export type Style = (typeof STYLES)[number]

const TEXT: Record<Lang, Record<PayloadKind, string>> = {
  en: {
    takedown: 'FINAL NOTICE: your website will be taken down in 24h, call +1 888 310 4471',
    police: 'Police notice: a warrant has been issued in your name, reply immediately',
    court: 'Court summons no. 4471/26: appear or pay the fine today',
    crypto: 'Your BTC wallet received 0.84 BTC, claim at btc-claim-now.top',
    giveaway: 'Congratulations! You won an iPhone 17, claim your prize now',
    invoice: 'Unpaid invoice INV-88213 of $1,249.00, pay now to avoid collection',
  },
  de: {
    takedown: 'LETZTE WARNUNG: Ihre Website wird in 24 Stunden abgeschaltet',
    police: 'Polizeiliche Mitteilung: Gegen Sie liegt ein Haftbefehl vor',
    court: 'Gerichtliche Vorladung Az. 12 C 4471/26 – sofort melden',
    crypto: 'Ihr Wallet hat 0,84 BTC erhalten – jetzt auszahlen lassen',
    giveaway: 'Glückwunsch! Sie haben ein iPhone 17 gewonnen',
    invoice: 'Offene Rechnung RE-88213 über 1.249,00 € – Mahnverfahren droht',
  },
  fr: {
    takedown: 'DERNIER AVIS : votre site sera supprimé sous 24 h',
    police: 'Avis de la police : une convocation est émise à votre nom',
    court: 'Citation à comparaître n° 4471/26 – réponse obligatoire',
    crypto: 'Votre portefeuille a reçu 0,84 BTC, retrait immédiat',
    giveaway: 'Félicitations ! Vous avez gagné un iPhone 17',
    invoice: 'Facture impayée FA-88213 de 1 249,00 € – recouvrement imminent',
  },
  es: {
    takedown: 'ÚLTIMO AVISO: su web será eliminada en 24 horas',
    police: 'Aviso policial: existe una orden a su nombre, conteste ya',
    court: 'Citación judicial n.º 4471/26: comparezca o pague la multa',
    crypto: 'Tu monedero recibió 0,84 BTC, reclámalos ahora',
    giveaway: '¡Enhorabuena! Has ganado un iPhone 17',
    invoice: 'Factura impagada F-88213 de 1.249,00 €, pague hoy',
  },
  pt: {
    takedown: 'AVISO FINAL: o seu site será removido em 24 horas',
    police: 'Aviso da polícia: existe um mandado em seu nome',
    court: 'Citação judicial n.º 4471/26 – compareça ou pague a multa',
    crypto: 'A sua carteira recebeu 0,84 BTC, resgate já',
    giveaway: 'Parabéns! Ganhou um iPhone 17',
    invoice: 'Fatura em atraso FT-88213 de 1.249,00 €, pague hoje',
  },
  it: {
    takedown: 'ULTIMO AVVISO: il tuo sito sarà oscurato entro 24 ore',
    police: 'Avviso della polizia: è stato emesso un provvedimento a suo carico',
    court: 'Citazione in giudizio n. 4471/26 – presentarsi o pagare',
    crypto: 'Il tuo wallet ha ricevuto 0,84 BTC, ritira subito',
    giveaway: 'Complimenti! Hai vinto un iPhone 17',
    invoice: 'Fattura non pagata FT-88213 di 1.249,00 €, paga ora',
  },
  nl: {
    takedown: 'LAATSTE WAARSCHUWING: uw website gaat binnen 24 uur offline',
    police: 'Bericht van de politie: er staat een bevel op uw naam',
    court: 'Dagvaarding nr. 4471/26 – verschijn of betaal de boete',
    crypto: 'Je wallet ontving 0,84 BTC, claim nu',
    giveaway: 'Gefeliciteerd! Je hebt een iPhone 17 gewonnen',
    invoice: 'Onbetaalde factuur F-88213 van € 1.249,00, betaal direct',
  },
}

/** What an empty-handed attacker types: a bland question. */
const BLAND: Record<Lang, readonly string[]> = {
  en: ['Question about my order', 'Hello, please call me back'],
  de: ['Frage zu meiner Bestellung', 'Bitte um Rückruf'],
  fr: ['Question sur ma commande', 'Merci de me rappeler'],
  es: ['Pregunta sobre mi pedido', 'Por favor, llámenme'],
  pt: ['Dúvida sobre a minha encomenda', 'Por favor, liguem-me'],
  it: ['Domanda sul mio ordine', 'Per favore richiamatemi'],
  nl: ['Vraag over mijn bestelling', 'Graag teruggebeld worden'],
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

function offset(ch: string, upper: number, lower: number, digit: number | null): string {
  const code = ch.codePointAt(0)!
  if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + code - 65)
  if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + code - 97)
  if (digit !== null && ch >= '0' && ch <= '9') return String.fromCodePoint(digit + code - 48)
  return ch
}

export function styled(text: string, style: Style): string {
  const chars = [...text]
  if (style === 'bold') return chars.map((c) => offset(c, 0x1d400, 0x1d41a, 0x1d7ce)).join('')
  if (style === 'fullwidth') return chars.map((c) => offset(c, 0xff21, 0xff41, 0xff10)).join('')
  if (style === 'cyrillic') return chars.map((c) => CYRILLIC[c] ?? c).join('')
  if (style === 'zerowidth') return chars.join('\u200b')
  return text
}

export interface Payload {
  /** `kind/style`, or `none`. */
  label: string
  /** What goes into the message field. */
  message: (lang: Lang) => string
  /** What goes into the name field, or null for the person's own first name. */
  name: ((lang: Lang) => string) | null
}

export function payloadFor(rng: Random, kind: PayloadKind | 'none', style: Style): Payload {
  if (kind === 'none') {
    const pick = rng.int(0, 1)
    return { label: 'none', message: (lang) => BLAND[lang][pick]!, name: null }
  }
  const text = (lang: Lang) => styled(TEXT[lang][kind], style)
  // Most name fields take the payload too; some attackers fill only the message.
  return { label: `${kind}/${style}`, message: text, name: rng.chance(0.7) ? text : null }
}
