// The attacker's text typed into each form, per kind and language, and the disguises it comes in
// (mathematical bold, fullwidth, Cyrillic look-alike letters, zero-width spaces). The fake-access
// and fake-payment kinds imitate the real alerts of the cover story, so the person doubts both.
import type { Lang } from '../types.ts'
import type { PayloadKind, Style } from './types.ts'

export const PAYLOAD_TEXT: Record<PayloadKind, Record<Lang, string>> = {
  takedown: {
    en: 'FINAL NOTICE: your website will be taken down in 24 hours for copyright abuse',
    de: 'LETZTE WARNUNG: Ihre Webseite wird wegen Urheberrechtsverletzung in 24 Stunden gesperrt',
    fr: 'DERNIER AVIS : votre site sera supprimé sous 24 h pour violation de droits d’auteur',
    es: 'ÚLTIMO AVISO: su web será retirada en 24 horas por infracción de derechos de autor',
    pt: 'AVISO FINAL: o seu site será removido em 24 horas por violação de direitos de autor',
    it: 'ULTIMO AVVISO: il tuo sito verrà oscurato entro 24 ore per violazione del copyright',
    nl: 'LAATSTE WAARSCHUWING: uw website gaat binnen 24 uur offline wegens auteursrechtinbreuk',
  },
  police: {
    en: 'Cyber Police Unit: a case has been opened against you, reply within 48h to avoid arrest',
    de: 'Cyberpolizei: Gegen Sie wurde ein Verfahren eröffnet, antworten Sie binnen 48 Stunden',
    fr: 'Brigade numérique : une procédure est ouverte contre vous, répondez sous 48 h',
    es: 'Policía Cibernética: se ha abierto un expediente contra usted, responda en 48 horas',
    pt: 'Polícia Cibernética: foi aberto um processo contra si, responda no prazo de 48 horas',
    it: 'Polizia Postale: è stato aperto un fascicolo a suo carico, risponda entro 48 ore',
    nl: 'Cyberpolitie: er is een dossier tegen u geopend, reageer binnen 48 uur',
  },
  court: {
    en: 'Court summons no. 4471/B: you must appear on Monday or a judgment will be issued',
    de: 'Ladung des Amtsgerichts Nr. 4471/B: Erscheinen Sie am Montag, sonst ergeht ein Urteil',
    fr: 'Convocation au tribunal n° 4471/B : présentez-vous lundi, sinon un jugement sera rendu',
    es: 'Citación judicial n.º 4471/B: comparezca el lunes o se dictará sentencia',
    pt: 'Citação judicial n.º 4471/B: compareça na segunda-feira ou será proferida sentença',
    it: 'Citazione in giudizio n. 4471/B: si presenti lunedì o sarà emessa sentenza',
    nl: 'Dagvaarding nr. 4471/B: verschijn maandag, anders volgt een vonnis',
  },
  crypto: {
    en: 'Your 0.84 BTC are ready to withdraw, claim now at btc-release-desk.top',
    de: 'Ihre 0,84 BTC sind zur Auszahlung bereit, jetzt abholen: btc-release-desk.top',
    fr: 'Vos 0,84 BTC sont prêts à être retirés, réclamez-les sur btc-release-desk.top',
    es: 'Sus 0,84 BTC están listos para retirar, reclámelos en btc-release-desk.top',
    pt: 'Os seus 0,84 BTC estão prontos para levantar, resgate em btc-release-desk.top',
    it: 'I tuoi 0,84 BTC sono pronti per il prelievo, riscattali su btc-release-desk.top',
    nl: 'Uw 0,84 BTC staan klaar voor opname, claim ze op btc-release-desk.top',
  },
  giveaway: {
    en: 'Congratulations!!! You won an iPhone 17 Pro, confirm your address to receive it',
    de: 'Herzlichen Glückwunsch!!! Sie haben ein iPhone 17 Pro gewonnen, Adresse bestätigen',
    fr: 'Félicitations !!! Vous avez gagné un iPhone 17 Pro, confirmez votre adresse',
    es: '¡¡¡Enhorabuena!!! Ha ganado un iPhone 17 Pro, confirme su dirección para recibirlo',
    pt: 'Parabéns!!! Ganhou um iPhone 17 Pro, confirme a sua morada para o receber',
    it: 'Congratulazioni!!! Hai vinto un iPhone 17 Pro, conferma il tuo indirizzo',
    nl: 'Gefeliciteerd!!! U heeft een iPhone 17 Pro gewonnen, bevestig uw adres',
  },
  'fake-access': {
    en: 'Your account was accessed from Lagos, Nigeria. Not you? Call +44 20 3890 1122 now',
    de: 'Auf Ihr Konto wurde aus Lagos zugegriffen. Nicht Sie? Rufen Sie +49 30 2089 1122 an',
    fr: 'Connexion à votre compte depuis Lagos. Ce n’était pas vous ? Appelez le 01 84 88 11 22',
    es: 'Se ha accedido a su cuenta desde Lagos. ¿No fue usted? Llame al 911 23 11 22',
    pt: 'A sua conta foi acedida a partir de Lagos. Não foi você? Ligue 211 23 11 22',
    it: 'Accesso al tuo account da Lagos. Non eri tu? Chiama subito lo 06 8899 1122',
    nl: 'Er is ingelogd op uw account vanuit Lagos. Was u dit niet? Bel 020 808 1122',
  },
  'fake-payment': {
    en: 'Payment of 499.00 EUR confirmed. If you did not authorise it call +44 20 3890 4499',
    de: 'Zahlung über 499,00 EUR bestätigt. Nicht autorisiert? Rufen Sie +49 30 2089 4499 an',
    fr: 'Paiement de 499,00 EUR confirmé. Vous ne l’avez pas autorisé ? Appelez le 01 84 88 44 99',
    es: 'Pago de 499,00 EUR confirmado. Si no lo autorizó, llame al 911 23 44 99',
    pt: 'Pagamento de 499,00 EUR confirmado. Se não o autorizou, ligue 211 23 44 99',
    it: 'Pagamento di 499,00 EUR confermato. Se non l’hai autorizzato chiama lo 06 8899 4499',
    nl: 'Betaling van 499,00 EUR bevestigd. Niet door u gedaan? Bel 020 808 4499',
  },
}

/** What the form gets in a wave with no payload: an ordinary-looking question. */
export const BLAND: Record<Lang, string> = {
  en: 'Question about opening hours',
  de: 'Frage zu den Öffnungszeiten',
  fr: 'Question sur les horaires',
  es: 'Consulta sobre horarios',
  pt: 'Pergunta sobre o horário',
  it: 'Domanda sugli orari',
  nl: 'Vraag over openingstijden',
}

const BOLD_UPPER = 0x1d400
const BOLD_LOWER = 0x1d41a
const BOLD_DIGIT = 0x1d7ce
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
}

function bold(ch: string): string {
  const code = ch.charCodeAt(0)
  if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(BOLD_UPPER + code - 65)
  if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(BOLD_LOWER + code - 97)
  if (ch >= '0' && ch <= '9') return String.fromCodePoint(BOLD_DIGIT + code - 48)
  return ch
}

/** The payload in its disguise; accented letters stay plain, as real styled spam leaves them. */
export function styled(text: string, style: Style): string {
  const chars = [...text]
  switch (style) {
    case 'bold':
      return chars.map(bold).join('')
    case 'fullwidth':
      return chars
        .map((ch) => (ch > ' ' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
        .join('')
    case 'cyrillic':
      return chars.map((ch) => LOOKALIKE[ch] ?? ch).join('')
    case 'zerowidth':
      return chars.map((ch, i) => (i % 3 === 2 && ch !== ' ' ? `${ch}\u200b` : ch)).join('')
    default:
      return text
  }
}
