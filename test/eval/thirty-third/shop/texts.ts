// The shop owner's notifications: their own shop system, marketplace, payment provider and
// suppliers, per language ('subject || body'; {shop}, {n}, {amount}, {item}, {first} slots).
import type { Lang } from '../../types.ts'

export const SHOP_KINDS = [
  'new-order',
  'payout',
  'low-stock',
  'contact-form',
  'review',
  'abandoned-cart',
  'marketplace',
  'payment',
  'supplier-order',
  'supplier-invoice',
] as const
export type ShopKind = (typeof SHOP_KINDS)[number]

/** Payouts, payments and supplier invoices are important; the rest is ham. */
export const IMPORTANT_SHOP: readonly ShopKind[] = ['payout', 'payment', 'supplier-invoice']

type Row = Record<ShopKind, string>

export const SHOP_TEXT: Record<Lang, Row> = {
  en: {
    'new-order':
      '[{shop}] New order #{n} || You have a new order from {first}: 1 x {item}, {amount}. Open the order in your dashboard.',
    payout:
      'Your payout of {amount} is on its way || We sent {amount} to your bank account ending 0921.',
    'low-stock': 'Low stock: {item} || Only 2 left of {item} in {shop}. Reorder soon.',
    'contact-form':
      'New message from your website || {first} wrote through the contact form on {shop}: "Do you ship to Ireland?"',
    review:
      'New 5-star review on {shop} || {first} reviewed {item}: "Lovely quality, fast delivery."',
    'abandoned-cart':
      'Abandoned carts this week: 7 || 7 carts worth {amount} were left on {shop}. Send a reminder?',
    marketplace: 'You sold an item! || Your listing "{item}" sold. Ship by Friday.',
    payment: 'Payment received: {amount} || A customer paid {amount} for order #{n}.',
    'supplier-order':
      'Order confirmation {n} || Thank you for your wholesale order, 24 x {item}. Dispatch within 3 days.',
    'supplier-invoice':
      'Invoice {n} || Please find attached invoice {n} over {amount}, due in 14 days.',
  },
  de: {
    'new-order':
      '[{shop}] Neue Bestellung #{n} || Neue Bestellung von {first}: 1 x {item}, {amount}.',
    payout: 'Auszahlung über {amount} veranlasst || {amount} gehen an Ihr Konto …0921.',
    'low-stock': 'Niedriger Bestand: {item} || Nur noch 2 Stück {item} im {shop}.',
    'contact-form':
      'Neue Nachricht über Ihre Website || {first} schrieb über das Kontaktformular: „Liefern Sie nach Österreich?“',
    review: 'Neue 5-Sterne-Bewertung || {first} bewertete {item}: „Super Qualität.“',
    'abandoned-cart': 'Verlassene Warenkörbe: 7 || 7 Warenkörbe im Wert von {amount} im {shop}.',
    marketplace:
      'Artikel verkauft! || Ihr Angebot „{item}“ wurde verkauft. Bitte bis Freitag versenden.',
    payment: 'Zahlung erhalten: {amount} || Für Bestellung #{n} wurden {amount} gezahlt.',
    'supplier-order': 'Auftragsbestätigung {n} || Danke für Ihre Bestellung, 24 x {item}.',
    'supplier-invoice': 'Rechnung {n} || Anbei Rechnung {n} über {amount}, zahlbar in 14 Tagen.',
  },
  fr: {
    'new-order':
      '[{shop}] Nouvelle commande n° {n} || Nouvelle commande de {first} : 1 x {item}, {amount}.',
    payout: 'Votre virement de {amount} est en route || {amount} envoyés sur votre compte …0921.',
    'low-stock': 'Stock faible : {item} || Plus que 2 {item} sur {shop}.',
    'contact-form':
      'Nouveau message depuis votre site || {first} a écrit via le formulaire : « Livrez-vous en Belgique ? »',
    review: 'Nouvel avis 5 étoiles || {first} a noté {item} : « Très belle qualité. »',
    'abandoned-cart': 'Paniers abandonnés : 7 || 7 paniers pour {amount} sur {shop}.',
    marketplace: 'Article vendu ! || Votre annonce « {item} » est vendue. Expédiez avant vendredi.',
    payment: 'Paiement reçu : {amount} || Commande n° {n} réglée.',
    'supplier-order':
      'Confirmation de commande {n} || Merci, 24 x {item}, expédition sous 3 jours.',
    'supplier-invoice': 'Facture {n} || Ci-joint la facture {n} de {amount}, à 14 jours.',
  },
  es: {
    'new-order': '[{shop}] Nuevo pedido n.º {n} || Pedido de {first}: 1 x {item}, {amount}.',
    payout: 'Tu liquidación de {amount} está en camino || Enviamos {amount} a tu cuenta …0921.',
    'low-stock': 'Stock bajo: {item} || Quedan 2 unidades de {item} en {shop}.',
    'contact-form':
      'Nuevo mensaje desde tu web || {first} escribió en el formulario: «¿Enviáis a Canarias?»',
    review: 'Nueva reseña de 5 estrellas || {first} valoró {item}: «Calidad estupenda.»',
    'abandoned-cart': 'Carritos abandonados: 7 || 7 carritos por {amount} en {shop}.',
    marketplace: '¡Has vendido un artículo! || Tu anuncio «{item}» se ha vendido.',
    payment: 'Pago recibido: {amount} || Pedido n.º {n} pagado.',
    'supplier-order': 'Confirmación de pedido {n} || Gracias, 24 x {item}.',
    'supplier-invoice': 'Factura {n} || Adjuntamos la factura {n} por {amount}, vence en 14 días.',
  },
  pt: {
    'new-order': '[{shop}] Novo pedido #{n} || Pedido de {first}: 1 x {item}, {amount}.',
    payout: 'Seu repasse de {amount} foi enviado || {amount} para a conta …0921.',
    'low-stock': 'Estoque baixo: {item} || Restam 2 unidades de {item} na {shop}.',
    'contact-form':
      'Nova mensagem do seu site || {first} escreveu no formulário: “Enviam para os Açores?”',
    review: 'Nova avaliação de 5 estrelas || {first} avaliou {item}: “Qualidade ótima.”',
    'abandoned-cart': 'Carrinhos abandonados: 7 || 7 carrinhos no valor de {amount}.',
    marketplace: 'Você vendeu um item! || Seu anúncio “{item}” foi vendido.',
    payment: 'Pagamento recebido: {amount} || Pedido #{n} pago.',
    'supplier-order': 'Confirmação de encomenda {n} || Obrigado, 24 x {item}.',
    'supplier-invoice': 'Fatura {n} || Segue a fatura {n} de {amount}, vencimento em 14 dias.',
  },
  it: {
    'new-order': '[{shop}] Nuovo ordine n. {n} || Ordine di {first}: 1 x {item}, {amount}.',
    payout: 'Il tuo accredito di {amount} è in arrivo || {amount} sul conto …0921.',
    'low-stock': 'Scorte basse: {item} || Restano 2 pezzi di {item} su {shop}.',
    'contact-form':
      'Nuovo messaggio dal tuo sito || {first} ha scritto dal modulo contatti: «Spedite in Svizzera?»',
    review: 'Nuova recensione a 5 stelle || {first} ha recensito {item}: «Ottima qualità.»',
    'abandoned-cart': 'Carrelli abbandonati: 7 || 7 carrelli per {amount} su {shop}.',
    marketplace: 'Hai venduto un articolo! || Il tuo annuncio «{item}» è stato venduto.',
    payment: 'Pagamento ricevuto: {amount} || Ordine n. {n} pagato.',
    'supplier-order': 'Conferma d’ordine {n} || Grazie, 24 x {item}.',
    'supplier-invoice':
      'Fattura {n} || In allegato la fattura {n} di {amount}, scadenza 14 giorni.',
  },
  nl: {
    'new-order': '[{shop}] Nieuwe bestelling #{n} || Bestelling van {first}: 1 x {item}, {amount}.',
    payout: 'Je uitbetaling van {amount} is onderweg || {amount} naar rekening …0921.',
    'low-stock': 'Lage voorraad: {item} || Nog 2 stuks {item} in {shop}.',
    'contact-form':
      'Nieuw bericht via je website || {first} schreef via het contactformulier: "Verzenden jullie naar België?"',
    review: 'Nieuwe 5-sterrenreview || {first} beoordeelde {item}: "Mooie kwaliteit."',
    'abandoned-cart': 'Verlaten winkelwagens: 7 || 7 winkelwagens ter waarde van {amount}.',
    marketplace: 'Je hebt iets verkocht! || Je advertentie "{item}" is verkocht.',
    payment: 'Betaling ontvangen: {amount} || Bestelling #{n} is betaald.',
    'supplier-order': 'Orderbevestiging {n} || Bedankt, 24 x {item}.',
    'supplier-invoice':
      'Factuur {n} || Bijgaand factuur {n} van {amount}, te betalen binnen 14 dagen.',
  },
}
