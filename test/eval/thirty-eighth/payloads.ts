// What the attacker types into the name and message fields: written for this set, six kinds of
// the earlier sets and three lures aimed at small organisations, in each language, plain or in a
// disguise (mathematical bold, fullwidth, Cyrillic look-alike letters, zero-width spaces).
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'takedown',
  'police',
  'court',
  'crypto',
  'giveaway',
  'invoice',
  'charity-status',
  'membership-fee',
  'listing-removal',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number] | 'none'
export const STYLES = ['plain', 'bold', 'fullwidth', 'cyrillic', 'zerowidth'] as const
export type Style = (typeof STYLES)[number]

const TEXTS: Record<(typeof PAYLOAD_KINDS)[number], Record<Lang, string>> = {
  takedown: {
    en: 'URGENT: your website will be taken down in 24 hours, call +44 20 3769 0142',
    de: 'DRINGEND: Ihre Webseite wird in 24 Stunden abgeschaltet, rufen Sie +49 30 2214 9087 an',
    fr: 'URGENT : votre site sera supprimé sous 24 h, appelez le +33 1 84 60 21 77',
    es: 'URGENTE: su web será retirada en 24 horas, llame al +34 910 48 22 61',
    pt: 'URGENTE: o seu site será removido em 24 horas, ligue +351 211 450 382',
    it: 'URGENTE: il vostro sito verrà oscurato entro 24 ore, chiamate +39 02 9475 3310',
    nl: 'DRINGEND: uw website gaat binnen 24 uur offline, bel +31 20 808 4417',
  },
  police: {
    en: 'Metropolitan Police notice: a case has been opened against your organisation',
    de: 'Polizeiliche Vorladung: gegen Ihren Verein wurde ein Verfahren eröffnet',
    fr: 'Convocation de la gendarmerie : une procédure vise votre association',
    es: 'Aviso de la Policía Nacional: se ha abierto una investigación sobre su entidad',
    pt: 'Notificação da PSP: foi aberto um processo contra a sua entidade',
    it: 'Avviso della Polizia Postale: aperto un fascicolo a vostro carico',
    nl: 'Bericht van de politie: er loopt een onderzoek naar uw organisatie',
  },
  court: {
    en: 'Court summons 4471/26 - appear within 7 days or face judgment',
    de: 'Gerichtliche Ladung 4471/26 - Frist 7 Tage, sonst Versäumnisurteil',
    fr: 'Citation à comparaître 4471/26 - délai de 7 jours',
    es: 'Citación judicial 4471/26 - plazo de 7 días para comparecer',
    pt: 'Citação judicial 4471/26 - prazo de 7 dias para responder',
    it: 'Citazione in giudizio 4471/26 - termine di 7 giorni',
    nl: 'Dagvaarding 4471/26 - reageer binnen 7 dagen',
  },
  crypto: {
    en: 'Your BTC wallet received 0.82 BTC - claim at btc-claimdesk.top',
    de: 'Ihr Wallet hat 0,82 BTC erhalten - jetzt abholen: btc-claimdesk.top',
    fr: 'Votre portefeuille a reçu 0,82 BTC - réclamez sur btc-claimdesk.top',
    es: 'Su monedero ha recibido 0,82 BTC - reclámelos en btc-claimdesk.top',
    pt: 'A sua carteira recebeu 0,82 BTC - resgate em btc-claimdesk.top',
    it: 'Il tuo wallet ha ricevuto 0,82 BTC - riscatta su btc-claimdesk.top',
    nl: 'Uw wallet ontving 0,82 BTC - claim via btc-claimdesk.top',
  },
  giveaway: {
    en: 'CONGRATULATIONS! You won an iPhone 17 Pro, claim it now at prize-kwik.top',
    de: 'GLÜCKWUNSCH! Sie haben ein iPhone 17 Pro gewonnen, jetzt einlösen: prize-kwik.top',
    fr: 'FÉLICITATIONS ! Vous avez gagné un iPhone 17 Pro, réclamez-le sur prize-kwik.top',
    es: '¡ENHORABUENA! Ha ganado un iPhone 17 Pro, recójalo en prize-kwik.top',
    pt: 'PARABÉNS! Ganhou um iPhone 17 Pro, resgate em prize-kwik.top',
    it: 'COMPLIMENTI! Hai vinto un iPhone 17 Pro, ritiralo su prize-kwik.top',
    nl: 'GEFELICITEERD! U heeft een iPhone 17 Pro gewonnen, claim via prize-kwik.top',
  },
  invoice: {
    en: 'Invoice INV-88213 overdue: pay 1,480.00 GBP today to avoid collection',
    de: 'Rechnung RE-88213 überfällig: 1.480,00 EUR heute zahlen, sonst Inkasso',
    fr: 'Facture FA-88213 impayée : réglez 1 480,00 EUR aujourd’hui',
    es: 'Factura FV-88213 vencida: abone 1.480,00 EUR hoy',
    pt: 'Fatura FT-88213 vencida: pague 1.480,00 EUR hoje',
    it: 'Fattura FT-88213 scaduta: saldare 1.480,00 EUR oggi',
    nl: 'Factuur F-88213 verlopen: betaal vandaag 1.480,00 EUR',
  },
  'charity-status': {
    en: 'Your charity status is revoked - confirm your registration number within 48h',
    de: 'Ihre Gemeinnützigkeit wurde aberkannt - bestätigen Sie binnen 48 Std.',
    fr: 'Votre reconnaissance d’utilité publique est retirée - confirmez sous 48 h',
    es: 'Su declaración de utilidad pública ha sido revocada - confirme en 48 h',
    pt: 'O seu estatuto de IPSS foi revogado - confirme em 48 horas',
    it: 'La qualifica di ETS è stata revocata - confermate entro 48 ore',
    nl: 'Uw ANBI-status is ingetrokken - bevestig binnen 48 uur',
  },
  'membership-fee': {
    en: 'Final notice: unpaid membership fee of 240 GBP, account suspended',
    de: 'Letzte Mahnung: Mitgliedsbeitrag 240 EUR offen, Zugang gesperrt',
    fr: 'Dernier rappel : cotisation de 240 EUR impayée, compte suspendu',
    es: 'Último aviso: cuota de socio de 240 EUR impagada, cuenta suspendida',
    pt: 'Último aviso: quota de 240 EUR em atraso, conta suspensa',
    it: 'Ultimo avviso: quota associativa di 240 EUR non pagata, account sospeso',
    nl: 'Laatste herinnering: contributie van 240 EUR onbetaald, account geblokkeerd',
  },
  'listing-removal': {
    en: 'Your listing will be removed tonight - verify ownership now',
    de: 'Ihr Eintrag wird heute Nacht gelöscht - Inhaberschaft jetzt bestätigen',
    fr: 'Votre fiche sera supprimée ce soir - confirmez la propriété',
    es: 'Su ficha será eliminada esta noche - verifique la titularidad',
    pt: 'A sua ficha será removida esta noite - confirme a titularidade',
    it: 'La vostra scheda verrà rimossa stanotte - verificate la proprietà',
    nl: 'Uw vermelding wordt vannacht verwijderd - bevestig het eigendom',
  },
}

const BOLD_UPPER = 0x1d400
const BOLD_LOWER = 0x1d41a
const BOLD_DIGIT = 0x1d7ce
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
  B: 'В',
  M: 'М',
  K: 'К',
}

function mapLetters(text: string, map: (ch: string, code: number) => string): string {
  return [...text].map((ch) => map(ch, ch.charCodeAt(0))).join('')
}

/** The text in a disguise, as attackers paste it to slip past word filters. */
export function disguise(text: string, style: Style): string {
  if (style === 'plain') return text
  if (style === 'zerowidth') return [...text].join('\u200b')
  if (style === 'cyrillic') return mapLetters(text, (ch) => CYRILLIC[ch] ?? ch)
  if (style === 'fullwidth')
    return mapLetters(text, (ch, c) =>
      c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch,
    )
  return mapLetters(text, (ch, c) => {
    if (c >= 65 && c <= 90) return String.fromCodePoint(BOLD_UPPER + c - 65)
    if (c >= 97 && c <= 122) return String.fromCodePoint(BOLD_LOWER + c - 97)
    if (c >= 48 && c <= 57) return String.fromCodePoint(BOLD_DIGIT + c - 48)
    return ch
  })
}

export interface Payload {
  kind: PayloadKind
  style: Style
  /** What goes into the message field (and often the subject the company echoes). */
  text: string
  /** The payload label, e.g. `police/bold`. */
  label: string
}

const BLAND: Record<Lang, string> = {
  en: 'Question about your opening hours',
  de: 'Frage zu Ihren Öffnungszeiten',
  fr: 'Question sur vos horaires',
  es: 'Consulta sobre el horario',
  pt: 'Pergunta sobre o horário',
  it: 'Domanda sugli orari',
  nl: 'Vraag over openingstijden',
}

/** Scenario n carries none every fourth time; the others rotate the nine kinds evenly (three
 * or four scenarios each) and the five disguises, no pair of the two repeating. */
export function payloadFor(n: number, lang: Lang): Payload {
  if (n % 4 === 3) return { kind: 'none', style: 'plain', text: BLAND[lang], label: 'none' }
  const m = n - Math.floor((n + 1) / 4)
  const kind = PAYLOAD_KINDS[m % PAYLOAD_KINDS.length]!
  const style = STYLES[m % STYLES.length]!
  return { kind, style, text: disguise(TEXTS[kind][lang], style), label: `${kind}/${style}` }
}
