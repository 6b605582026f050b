// What the attacker types into the forms, written for this set: the usual take-down, police,
// court and crypto lures, and the season's own (a cancelled order, a refund to call about, a
// Black Friday prize, a gift card). Every fourth wave carries none: a bland request instead.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { STYLES, styled, type Style } from './styles.ts'

export const PAYLOAD_KINDS = [
  'takedown',
  'season-cancelled',
  'police',
  'season-refund',
  'court',
  'season-winner',
  'crypto',
  'season-giftcard',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

type Texts = Record<PayloadKind, string>

const EN: Texts = {
  takedown:
    'FINAL WARNING: your website and domain will be taken down within 24 hours. Reply to stop the removal',
  police: 'Police notice: a case file has been opened in your name. Call 020 3998 4471 today',
  court: 'Court summons: you must appear on 4 December or a warrant will be issued',
  crypto: 'You have received 0.84 BTC. Claim it now at btc-release-desk.top before it expires',
  'season-cancelled':
    'Your order has been cancelled. Confirm your card at order-restore-help.top to keep it',
  'season-refund': 'Refund of 499 EUR pending - call +44 20 3885 1192 to release it',
  'season-winner': 'Black Friday winner! You won a 1000 EUR voucher - claim at bf-winners-club.top',
  'season-giftcard':
    'Gift card of 250 EUR unlocked for you - redeem before midnight at giftdrop-now.top',
}

const TEXTS: Record<Lang, Texts> = {
  en: EN,
  de: {
    takedown:
      'LETZTE WARNUNG: Ihre Website und Domain werden in 24 Stunden gelöscht. Antworten Sie, um das zu stoppen',
    police:
      'Polizeiliche Mitteilung: Gegen Sie wurde ein Verfahren eröffnet. Rufen Sie heute 030 5557 2210 an',
    court: 'Gerichtliche Ladung: Erscheinen Sie am 4. Dezember, sonst ergeht Haftbefehl',
    crypto:
      'Sie haben 0,84 BTC erhalten. Jetzt abholen auf btc-release-desk.top, bevor es verfällt',
    'season-cancelled':
      'Ihre Bestellung wurde storniert. Bestätigen Sie Ihre Karte auf order-restore-help.top',
    'season-refund': 'Rückerstattung von 499 EUR ausstehend – rufen Sie +49 30 5557 2210 an',
    'season-winner':
      'Black-Friday-Gewinner! Ihr Gutschein über 1000 EUR wartet auf bf-winners-club.top',
    'season-giftcard':
      'Geschenkkarte über 250 EUR freigeschaltet – bis Mitternacht einlösen auf giftdrop-now.top',
  },
  fr: {
    takedown:
      'DERNIER AVERTISSEMENT : votre site et votre domaine seront supprimés sous 24 heures. Répondez pour l’empêcher',
    police:
      'Avis de police : une procédure est ouverte à votre nom. Appelez le 01 84 88 31 07 aujourd’hui',
    court: 'Convocation au tribunal : présentez-vous le 4 décembre, sinon un mandat sera délivré',
    crypto: 'Vous avez reçu 0,84 BTC. Récupérez-les sur btc-release-desk.top avant expiration',
    'season-cancelled':
      'Votre commande a été annulée. Confirmez votre carte sur order-restore-help.top',
    'season-refund': 'Remboursement de 499 EUR en attente - appelez le +33 1 84 88 31 07',
    'season-winner':
      'Gagnant du Black Friday ! Votre bon de 1000 EUR vous attend sur bf-winners-club.top',
    'season-giftcard':
      'Carte cadeau de 250 EUR débloquée - à utiliser avant minuit sur giftdrop-now.top',
  },
  es: {
    takedown:
      'ÚLTIMO AVISO: su web y su dominio serán eliminados en 24 horas. Responda para detenerlo',
    police: 'Aviso policial: se ha abierto un expediente a su nombre. Llame hoy al 910 55 73 28',
    court: 'Citación judicial: comparezca el 4 de diciembre o se dictará orden de detención',
    crypto: 'Ha recibido 0,84 BTC. Reclámelos en btc-release-desk.top antes de que caduquen',
    'season-cancelled':
      'Su pedido ha sido cancelado. Confirme su tarjeta en order-restore-help.top',
    'season-refund': 'Reembolso de 499 EUR pendiente - llame al +34 910 55 73 28',
    'season-winner':
      '¡Ganador del Black Friday! Su cheque de 1000 EUR le espera en bf-winners-club.top',
    'season-giftcard':
      'Tarjeta regalo de 250 EUR desbloqueada - canjéela antes de medianoche en giftdrop-now.top',
  },
  pt: {
    takedown:
      'ÚLTIMO AVISO: o seu site e domínio serão removidos em 24 horas. Responda para impedir',
    police: 'Notificação policial: foi aberto um processo em seu nome. Ligue hoje para 21 155 0942',
    court: 'Citação judicial: compareça a 4 de dezembro ou será emitido mandado de detenção',
    crypto: 'Recebeu 0,84 BTC. Resgate em btc-release-desk.top antes que expire',
    'season-cancelled':
      'A sua encomenda foi cancelada. Confirme o seu cartão em order-restore-help.top',
    'season-refund': 'Reembolso de 499 EUR pendente - ligue +351 21 155 0942',
    'season-winner': 'Vencedor da Black Friday! O seu vale de 1000 EUR está em bf-winners-club.top',
    'season-giftcard':
      'Cartão-presente de 250 EUR desbloqueado - resgate até à meia-noite em giftdrop-now.top',
  },
  it: {
    takedown:
      'ULTIMO AVVISO: il tuo sito e il dominio saranno rimossi entro 24 ore. Rispondi per fermarlo',
    police:
      'Comunicazione di polizia: è stato aperto un fascicolo a tuo nome. Chiama oggi lo 06 9480 3315',
    court: 'Citazione in tribunale: presentati il 4 dicembre o sarà emesso un mandato',
    crypto: 'Hai ricevuto 0,84 BTC. Riscattali su btc-release-desk.top prima della scadenza',
    'season-cancelled':
      'Il tuo ordine è stato annullato. Conferma la carta su order-restore-help.top',
    'season-refund': 'Rimborso di 499 EUR in sospeso - chiama il +39 06 9480 3315',
    'season-winner':
      'Vincitore del Black Friday! Il tuo buono da 1000 EUR ti aspetta su bf-winners-club.top',
    'season-giftcard':
      'Carta regalo da 250 EUR sbloccata - riscattala entro mezzanotte su giftdrop-now.top',
  },
  nl: {
    takedown:
      'LAATSTE WAARSCHUWING: uw website en domein worden binnen 24 uur verwijderd. Antwoord om dit te stoppen',
    police: 'Politiebericht: er is een dossier op uw naam geopend. Bel vandaag 020 808 4417',
    court: 'Dagvaarding: verschijn op 4 december, anders volgt een arrestatiebevel',
    crypto: 'U hebt 0,84 BTC ontvangen. Claim het op btc-release-desk.top voordat het vervalt',
    'season-cancelled': 'Uw bestelling is geannuleerd. Bevestig uw kaart op order-restore-help.top',
    'season-refund': 'Terugbetaling van 499 EUR staat klaar - bel +31 20 808 4417',
    'season-winner': 'Black Friday-winnaar! Uw tegoedbon van 1000 EUR wacht op bf-winners-club.top',
    'season-giftcard':
      'Cadeaukaart van 250 EUR vrijgegeven - wissel vóór middernacht in op giftdrop-now.top',
  },
}

/** What an attacker types when the wave carries no lure: a bland request in the form. */
const BLAND: Record<Lang, readonly string[]> = {
  en: ['Question about my account', 'Hello', 'Information request', 'Please call me back'],
  de: ['Frage zu meinem Konto', 'Hallo', 'Informationsanfrage', 'Bitte um Rückruf'],
  fr: ['Question sur mon compte', 'Bonjour', 'Demande d’information', 'Merci de me rappeler'],
  es: ['Consulta sobre mi cuenta', 'Hola', 'Solicitud de información', 'Por favor, llámenme'],
  pt: ['Dúvida sobre a minha conta', 'Olá', 'Pedido de informação', 'Por favor, liguem-me'],
  it: ['Domanda sul mio account', 'Ciao', 'Richiesta di informazioni', 'Vi prego di richiamarmi'],
  nl: ['Vraag over mijn account', 'Hallo', 'Informatieverzoek', 'Graag terugbellen'],
}

export interface Payload {
  /** `kind/style`, or `none`: the label every mail of the wave carries. */
  label: string
  /** The text as typed (styled), echoed by helpdesks and put in name fields. */
  text: string
  season: boolean
}

/** The payload of wave scenario `index` (0-39): every fourth none, the rest rotate kind and style. */
export function payloadFor(rng: Random, index: number, lang: Lang): Payload {
  if (index % 4 === 3) return { label: 'none', text: rng.pick(BLAND[lang]), season: false }
  const n = index - Math.floor(index / 4)
  const kind = PAYLOAD_KINDS[n % PAYLOAD_KINDS.length]!
  const round = Math.floor(n / PAYLOAD_KINDS.length)
  // A season lure's first wave carries it plain; every later one rotates the disguises.
  const season = kind.startsWith('season-')
  const style: Style = season && round === 0 ? 'plain' : STYLES[(n + round) % STYLES.length]!
  return {
    label: `${kind}/${style}`,
    text: styled(TEXTS[lang][kind], style),
    season,
  }
}
