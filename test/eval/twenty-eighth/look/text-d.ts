// Look-alike texts, "subject|body": orders and deliveries, travel, and bills, tax, insurance,
// payslips, pensions, rent and direct debits (all labelled important).
import type { Lang } from '../../types.ts'

type T = Record<Lang, readonly string[]>

export const ORDER: T = {
  en: [
    'Your order #{n} has shipped|Good news, {first}! Track your parcel: {link}',
    'Out for delivery today|Your {brand} parcel arrives between {time} and 18:00.',
    'Ready for pickup at your locker|Use code {code} at the {brand} locker by {date}.',
  ],
  de: [
    'Ihre Bestellung Nr. {n} ist unterwegs|Sendungsverfolgung: {link}',
    'Ihr Paket kommt heute|Zustellung zwischen {time} und 18 Uhr.',
    'Abholbereit in der Packstation|Abholcode {code}, bis {date}.',
  ],
  fr: [
    'Votre commande n° {n} a été expédiée|Suivre le colis : {link}',
    'Livraison prévue aujourd’hui|Votre colis {brand} arrive entre {time} et 18 h.',
    'Votre colis vous attend en point relais|Code de retrait {code}, jusqu’au {date}.',
  ],
  es: [
    'Tu pedido n.º {n} está en camino|Sigue el envío: {link}',
    'Tu paquete llega hoy|Entrega entre las {time} y las 18:00.',
    'Listo para recoger en el punto de entrega|Código {code}, hasta el {date}.',
  ],
  pt: [
    'A sua encomenda n.º {n} foi enviada|Seguir envio: {link}',
    'Seu pedido saiu para entrega|Chega hoje entre {time} e 18h.',
    'Pronto para levantamento|Código {code} no cacifo {brand}, até {date}.',
  ],
  it: [
    'Il tuo ordine n. {n} è stato spedito|Traccia il pacco: {link}',
    'In consegna oggi|Il pacco {brand} arriva tra le {time} e le 18.',
    'Pronto per il ritiro al locker|Codice {code}, entro il {date}.',
  ],
  nl: [
    'Je bestelling #{n} is verzonden|Volg je pakket: {link}',
    'Je pakket wordt vandaag bezorgd|Tussen {time} en 18:00.',
    'Klaar om op te halen|Ophaalcode {code} bij het {brand}-punt, tot {date}.',
  ],
}

export const TRAVEL: T = {
  en: [
    'Check-in is open for your flight to Lisbon|Check in now and get your boarding pass. Booking ref {code}.',
    'Gate change: now gate B{n}|Your {brand} flight departs {time} from gate B{n}.',
    'Booking confirmed – {brand} Hotel, {date}|Confirmation number {n}. Free cancellation until 48 hours before.',
  ],
  de: [
    'Online-Check-in für Ihren Flug ist geöffnet|Buchungscode {code}. Jetzt einchecken.',
    'Ihre Bordkarte|Flug um {time}, Gate A{n}. Gute Reise!',
    'Buchungsbestätigung {brand}, {date}|Bestätigungsnummer {n}.',
  ],
  fr: [
    'L’enregistrement de votre vol est ouvert|Référence {code}. Enregistrez-vous maintenant.',
    'Changement de porte : porte C{n}|Votre vol {brand} part à {time}.',
    'Réservation confirmée – {brand}, {date}|Numéro de confirmation {n}.',
  ],
  es: [
    'Ya puedes facturar tu vuelo|Localizador {code}. Obtén tu tarjeta de embarque.',
    'Cambio de puerta: ahora D{n}|Tu vuelo {brand} sale a las {time}.',
    'Reserva confirmada – {brand}, {date}|Número de confirmación {n}.',
  ],
  pt: [
    'O check-in do seu voo está aberto|Código de reserva {code}.',
    'Seu cartão de embarque|Voo às {time}, portão {n}.',
    'Reserva confirmada – {brand}, {date}|Número de confirmação {n}.',
  ],
  it: [
    'Check-in aperto per il tuo volo|Codice prenotazione {code}.',
    'Cambio gate: ora gate {n}|Il volo {brand} parte alle {time}.',
    'Prenotazione confermata – {brand}, {date}|Numero di conferma {n}.',
  ],
  nl: [
    'Inchecken voor je vlucht is geopend|Boekingscode {code}.',
    'Je instapkaart|Vlucht om {time}, gate D{n}.',
    'Boeking bevestigd – {brand}, {date}|Bevestigingsnummer {n}.',
  ],
}

export const BILLS: T = {
  en: [
    'Your electricity bill is ready|Amount due {amount}, collected by direct debit on {date}.',
    'Your payslip for November is available|Log in to the {brand} portal to view it.',
    'HMRC: your tax return reminder|Your Self Assessment is due by 31 January. Sign in to your government gateway account.',
  ],
  de: [
    'Ihre Stromrechnung ist da|Betrag {amount}, Abbuchung am {date}.',
    'Ihre Gehaltsabrechnung November ist verfügbar|Abrufbar im {brand}-Portal.',
    'Neue Nachricht in Ihrem ELSTER-Postfach|Ihr Steuerbescheid liegt zum Abruf bereit.',
  ],
  fr: [
    'Votre facture d’électricité est disponible|Montant {amount}, prélevé le {date}.',
    'Votre bulletin de paie est disponible|Consultez-le sur l’espace {brand}.',
    'Nouveau document dans votre espace impots.gouv|Votre avis d’imposition est disponible.',
  ],
  es: [
    'Tu factura de la luz ya está disponible|Importe {amount}, se cargará el {date}.',
    'Tu nómina de noviembre está disponible|Consúltala en el portal {brand}.',
    'Agencia Tributaria: nueva notificación|Tiene una notificación en su buzón electrónico.',
  ],
  pt: [
    'A sua fatura de eletricidade|Valor {amount}, débito direto a {date}.',
    'Seu holerite está disponível|Acesse o portal {brand}.',
    'Portal das Finanças: nova mensagem|Tem uma nova comunicação na sua caixa postal eletrónica.',
  ],
  it: [
    'La tua bolletta della luce è disponibile|Importo {amount}, addebito il {date}.',
    'Il tuo cedolino è disponibile|Consultalo sul portale {brand}.',
    'Nuova comunicazione nel cassetto fiscale|È disponibile un nuovo documento.',
  ],
  nl: [
    'Je energierekening staat klaar|Bedrag {amount}, incasso op {date}.',
    'Je loonstrook van november staat klaar|Bekijk hem in het {brand}-portaal.',
    'Nieuw bericht in uw Berichtenbox|Er staat een bericht van de Belastingdienst voor u klaar.',
  ],
}

/** More important kinds: phone bill, insurance, pension, rent received, direct debit notice. */
export const BILLS_MORE: T = {
  en: [
    'Your phone bill: {amount}|Your {brand} Mobile bill for November is ready.',
    'Your policy documents|Your {brand} home insurance policy {n} is attached.',
    'Rent received – thank you|We have received {amount} for the {date} rent.',
  ],
  de: [
    'Ihre Mobilfunkrechnung: {amount}|Rechnung November von {brand}.',
    'Ihre Versicherungsunterlagen|Police Nr. {n} im Anhang.',
    'Renteninformation {date}|Ihre jährliche Renteninformation liegt vor.',
  ],
  fr: [
    'Votre facture mobile : {amount}|Facture de novembre {brand}.',
    'Vos documents d’assurance|Contrat n° {n} en pièce jointe.',
    'Avis de prélèvement|{amount} seront prélevés le {date}.',
  ],
  es: [
    'Tu factura del móvil: {amount}|Factura de noviembre de {brand}.',
    'Documentación de su póliza|Póliza n.º {n} adjunta.',
    'Aviso de domiciliación|Se cargarán {amount} el {date}.',
  ],
  pt: [
    'Sua conta de celular: {amount}|Fatura de novembro {brand}.',
    'Documentos da sua apólice|Apólice n.º {n} em anexo.',
    'Renda recebida|Recebemos {amount} referente a {date}.',
  ],
  it: [
    'La tua bolletta telefonica: {amount}|Fattura di novembre {brand}.',
    'Documenti della tua polizza|Polizza n. {n} in allegato.',
    'Estratto conto previdenziale|Il tuo estratto pensione è disponibile.',
  ],
  nl: [
    'Je telefoonrekening: {amount}|Factuur november van {brand}.',
    'Uw polisdocumenten|Polis {n} in de bijlage.',
    'Pensioenoverzicht {date}|Uw jaarlijkse pensioenoverzicht staat klaar.',
  ],
}
