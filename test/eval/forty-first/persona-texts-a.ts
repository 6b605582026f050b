// The shop owner's and the crypto holder's everyday provider mail, one text per stream and
// language, written for this set (their security mail reuses the alert texts).
import type { ByLang } from './wording.ts'

export const PAYOUT: ByLang = {
  en: [
    'Your payout of {amount} is on its way',
    'Hi {name},\n\nA payout of {amount} for your shop has been sent to your bank account ending {last4}. It should arrive in 1-2 business days.\n\nPayout ID: {ref}\n\n{brand}',
  ],
  de: [
    'Ihre Auszahlung über {amount} ist unterwegs',
    'Hallo {name},\n\neine Auszahlung über {amount} für Ihren Shop wurde auf Ihr Konto mit Endziffern {last4} veranlasst. Gutschrift in 1-2 Werktagen.\n\nAuszahlungs-ID: {ref}\n\n{brand}',
  ],
  fr: [
    'Votre versement de {amount} est en route',
    'Bonjour {name},\n\nUn versement de {amount} pour votre boutique a été envoyé sur votre compte se terminant par {last4}. Il arrivera sous 1 à 2 jours ouvrés.\n\nID du versement : {ref}\n\n{brand}',
  ],
  es: [
    'Tu liquidación de {amount} está en camino',
    'Hola {name}:\n\nHemos enviado una liquidación de {amount} de tu tienda a tu cuenta terminada en {last4}. Llegará en 1-2 días hábiles.\n\nID: {ref}\n\n{brand}',
  ],
  pt: [
    'O seu pagamento de {amount} está a caminho',
    'Olá {name},\n\nFoi enviado um pagamento de {amount} da sua loja para a conta terminada em {last4}. Deve chegar em 1-2 dias úteis.\n\nID: {ref}\n\n{brand}',
  ],
  it: [
    'Il tuo accredito di {amount} è in arrivo',
    'Ciao {name},\n\nabbiamo inviato un accredito di {amount} del tuo negozio sul conto che termina con {last4}. Arriverà in 1-2 giorni lavorativi.\n\nID: {ref}\n\n{brand}',
  ],
  nl: [
    'Je uitbetaling van {amount} is onderweg',
    'Hallo {name},\n\nEr is een uitbetaling van {amount} voor je winkel verstuurd naar je rekening eindigend op {last4}. Binnen 1-2 werkdagen bijgeschreven.\n\nUitbetalings-ID: {ref}\n\n{brand}',
  ],
}

export const SALE: ByLang = {
  en: [
    'You sold an item! Order {ref}',
    'Congratulations {name},\n\n{item} sold for {amount}. Please ship within 2 business days and add the tracking number to the order.\n\n{brand} Seller Hub',
  ],
  de: [
    'Artikel verkauft! Bestellung {ref}',
    'Glückwunsch {name},\n\n{item} wurde für {amount} verkauft. Bitte versenden Sie innerhalb von 2 Werktagen und tragen Sie die Sendungsnummer ein.\n\n{brand} Verkäuferbereich',
  ],
  fr: [
    'Vous avez vendu un article ! Commande {ref}',
    'Félicitations {name},\n\n{item} vendu pour {amount}. Expédiez sous 2 jours ouvrés et ajoutez le numéro de suivi.\n\nEspace vendeur {brand}',
  ],
  es: [
    '¡Has vendido un artículo! Pedido {ref}',
    'Enhorabuena, {name}:\n\n{item} vendido por {amount}. Envíalo en 2 días hábiles y añade el número de seguimiento.\n\nPortal de vendedores {brand}',
  ],
  pt: [
    'Vendeu um artigo! Encomenda {ref}',
    'Parabéns {name},\n\n{item} vendido por {amount}. Envie no prazo de 2 dias úteis e adicione o número de seguimento.\n\nÁrea de vendedor {brand}',
  ],
  it: [
    'Hai venduto un articolo! Ordine {ref}',
    'Complimenti {name},\n\n{item} venduto a {amount}. Spedisci entro 2 giorni lavorativi e inserisci il numero di tracciamento.\n\nArea venditori {brand}',
  ],
  nl: [
    'Je hebt iets verkocht! Bestelling {ref}',
    'Gefeliciteerd {name},\n\n{item} is verkocht voor {amount}. Verstuur binnen 2 werkdagen en voeg de track-and-trace toe.\n\n{brand} Verkopersportaal',
  ],
}

export const CHARGEBACK: ByLang = {
  en: [
    'Dispute opened on payment {ref}',
    'Hi {name},\n\nA customer’s bank has disputed a payment of {amount}. The amount is on hold until the case is decided. Upload proof of delivery by {date}: {link}\n\n{brand} Disputes',
  ],
  de: [
    'Rückbuchung zu Zahlung {ref} eröffnet',
    'Hallo {name},\n\ndie Bank eines Kunden hat eine Zahlung über {amount} angefochten. Der Betrag ist bis zur Entscheidung gesperrt. Laden Sie bis {date} einen Zustellnachweis hoch: {link}\n\n{brand} Streitfälle',
  ],
  fr: [
    'Litige ouvert sur le paiement {ref}',
    'Bonjour {name},\n\nLa banque d’un client conteste un paiement de {amount}. Le montant est bloqué jusqu’à la décision. Envoyez une preuve de livraison avant le {date} : {link}\n\nLitiges {brand}',
  ],
  es: [
    'Disputa abierta sobre el pago {ref}',
    'Hola {name}:\n\nEl banco de un cliente ha disputado un pago de {amount}. El importe queda retenido hasta la resolución. Sube la prueba de entrega antes del {date}: {link}\n\nDisputas {brand}',
  ],
  pt: [
    'Disputa aberta sobre o pagamento {ref}',
    'Olá {name},\n\nO banco de um cliente contestou um pagamento de {amount}. O valor fica retido até à decisão. Envie a prova de entrega até {date}: {link}\n\nDisputas {brand}',
  ],
  it: [
    'Contestazione aperta sul pagamento {ref}',
    'Ciao {name},\n\nla banca di un cliente ha contestato un pagamento di {amount}. L’importo resta bloccato fino alla decisione. Carica la prova di consegna entro il {date}: {link}\n\nContestazioni {brand}',
  ],
  nl: [
    'Terugboeking geopend voor betaling {ref}',
    'Hallo {name},\n\nDe bank van een klant betwist een betaling van {amount}. Het bedrag staat vast tot er een besluit is. Upload vóór {date} een bewijs van levering: {link}\n\n{brand} Geschillen',
  ],
}

export const LABEL: ByLang = {
  en: [
    'Your shipping label {ref} is ready',
    'Hi {name},\n\nYour label for parcel {ref} is ready to print. Drop it at any service point before 18:00 for next-day delivery.\n\n{brand}',
  ],
  de: [
    'Ihr Versandetikett {ref} ist bereit',
    'Hallo {name},\n\ndas Etikett für Paket {ref} kann gedruckt werden. Geben Sie es bis 18 Uhr an einer Annahmestelle ab.\n\n{brand}',
  ],
  fr: [
    'Votre étiquette d’expédition {ref} est prête',
    'Bonjour {name},\n\nL’étiquette du colis {ref} est prête à imprimer. Déposez-le en point relais avant 18 h.\n\n{brand}',
  ],
  es: [
    'Tu etiqueta de envío {ref} está lista',
    'Hola {name}:\n\nLa etiqueta del paquete {ref} está lista para imprimir. Entrégalo en un punto de recogida antes de las 18:00.\n\n{brand}',
  ],
  pt: [
    'A sua etiqueta de envio {ref} está pronta',
    'Olá {name},\n\nA etiqueta da encomenda {ref} está pronta a imprimir. Entregue num ponto de recolha até às 18:00.\n\n{brand}',
  ],
  it: [
    'La tua etichetta di spedizione {ref} è pronta',
    'Ciao {name},\n\nl’etichetta del pacco {ref} è pronta da stampare. Consegnalo in un punto di ritiro entro le 18:00.\n\n{brand}',
  ],
  nl: [
    'Je verzendlabel {ref} staat klaar',
    'Hallo {name},\n\nHet label voor pakket {ref} kan geprint worden. Lever het vóór 18:00 in bij een servicepunt.\n\n{brand}',
  ],
}

export const PRICE: ByLang = {
  en: [
    'Price alert: BTC is above {amount}',
    'Hi {name},\n\nBitcoin crossed the price you set: {amount}. You can change or delete your price alerts in the app.\n\n{brand}',
  ],
  de: [
    'Preisalarm: BTC über {amount}',
    'Hallo {name},\n\nBitcoin hat Ihre Preisschwelle von {amount} überschritten. Preisalarme ändern oder löschen Sie in der App.\n\n{brand}',
  ],
  fr: [
    'Alerte de prix : le BTC dépasse {amount}',
    'Bonjour {name},\n\nLe bitcoin a franchi le seuil que vous avez défini : {amount}. Gérez vos alertes dans l’application.\n\n{brand}',
  ],
  es: [
    'Alerta de precio: BTC supera {amount}',
    'Hola {name}:\n\nBitcoin ha superado el precio que configuraste: {amount}. Puedes cambiar tus alertas en la app.\n\n{brand}',
  ],
  pt: [
    'Alerta de preço: BTC acima de {amount}',
    'Olá {name},\n\nA bitcoin ultrapassou o preço que definiu: {amount}. Pode alterar os alertas na app.\n\n{brand}',
  ],
  it: [
    'Avviso di prezzo: BTC sopra {amount}',
    'Ciao {name},\n\nbitcoin ha superato la soglia impostata: {amount}. Puoi modificare gli avvisi nell’app.\n\n{brand}',
  ],
  nl: [
    'Koersalert: BTC boven {amount}',
    'Hallo {name},\n\nBitcoin is boven je ingestelde koers van {amount} gekomen. Je alerts beheer je in de app.\n\n{brand}',
  ],
}
