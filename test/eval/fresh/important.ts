// Important mail that must stay important inside a wave: receipts, card and bank alerts,
// payments, security and 2FA notices, orders and deliveries. Reconstructions in the usual style
// of each kind of service, written for this set; {code} {ticket} {name} are filled in.
import type { Lang } from '../types.ts'

export interface ImportantMail {
  from: string
  subject: string
  body: string
}

const m = (from: string, subject: string, body: string): ImportantMail => ({ from, subject, body })

export const IMPORTANT: Record<Lang, readonly ImportantMail[]> = {
  en: [
    m(
      'Monzo <help@monzo.com>',
      'You spent £84.20 at SAINSBURYS',
      'Hi {name}, your card ending 4417 was used for £84.20 at SAINSBURYS SACAT 0412 on 14 Mar. If this wasn’t you, freeze your card in the app straight away.',
    ),
    m(
      'PayPal <service@paypal.co.uk>',
      'Receipt for your payment to Quietroom Audio Ltd',
      'Hello {name}, you sent a payment of £129.00 GBP to Quietroom Audio Ltd. Transaction ID: 7RX{code}KJ. It may take a few moments for this transaction to appear in your account.',
    ),
    m(
      'Uber Receipts <noreply@uber.com>',
      'Your Tuesday evening trip with Uber',
      'Thanks for riding, {name}. Total £18.64. Trip fare £15.10, booking fee £2.04, tip £1.50. Payment: Visa ••••4417.',
    ),
    m(
      'GitHub <noreply@github.com>',
      '[GitHub] Two-factor authentication recovery codes were regenerated',
      'Hey {name}! The recovery codes for your account were regenerated. If you did not perform this action, reset your password and review your security log immediately.',
    ),
    m(
      'Royal Mail <no-reply@royalmail.com>',
      'Your parcel is out for delivery today',
      'Your parcel LX{code}GB from Wrenmoor Books is out for delivery today between 10:15 and 12:15. No signature is required.',
    ),
    m(
      'Netflix <info@account.netflix.com>',
      'Your payment method was declined',
      'Hi {name}, we couldn’t process your payment for your Standard plan. Please update your payment details to keep watching.',
    ),
    m(
      'Starling Bank <noreply@starlingbank.com>',
      'A new device was added to your account',
      'A new device (Pixel 8) was registered to your Starling account at 09:42. If this wasn’t you, call us on 0207 930 4450 now.',
    ),
  ],
  de: [
    m(
      'N26 <no-reply@n26.com>',
      'Kartenzahlung über 62,40 € bei REWE',
      'Hallo {name}, mit deiner Mastercard (•• 2291) wurden 62,40 € bei REWE Markt GmbH bezahlt. Warst du das nicht? Sperre deine Karte sofort in der App.',
    ),
    m(
      'DHL Paket <noreply@dhl.de>',
      'Ihre DHL Sendung kommt heute',
      'Guten Tag {name}, Ihre Sendung 00340434{code} von Brandhaus Elektronik wird heute zwischen 13:30 und 15:30 Uhr zugestellt.',
    ),
    m(
      'Sparkasse <noreply@sparkasse.de>',
      'Neues Gerät für pushTAN registriert',
      'Sehr geehrte/r {name}, für Ihr Online-Banking wurde soeben ein neues Gerät für das pushTAN-Verfahren registriert. Falls Sie das nicht waren, sperren Sie umgehend Ihren Zugang unter 116 116.',
    ),
    m(
      'Amazon.de <bestellbestaetigung@amazon.de>',
      'Ihre Amazon.de Bestellung #302-{code}',
      'Hallo {name}, vielen Dank für Ihre Bestellung. Gesamtbetrag: 47,98 €. Voraussichtliche Zustellung: Donnerstag.',
    ),
    m(
      'Deutsche Bahn <buchungsbestaetigung@bahn.de>',
      'Ihre Buchungsbestätigung (Auftrag {code})',
      'Vielen Dank für Ihre Buchung. Hamburg Hbf → Köln Hbf, ICE 1025, 48,90 €. Ihr Ticket finden Sie im Anhang und im DB Navigator.',
    ),
    m(
      'PayPal <service@paypal.de>',
      'Sie haben eine Zahlung erhalten',
      'Hallo {name}, Sie haben 35,00 € EUR von Jonas Bremer erhalten. Transaktionscode: 4KD{code}.',
    ),
  ],
  fr: [
    m(
      'Boursorama Banque <noreply@boursorama.fr>',
      'Paiement par carte de 73,15 € chez CARREFOUR',
      'Bonjour {name}, un paiement de 73,15 € a été effectué avec votre carte se terminant par 8830. Si vous ne reconnaissez pas cette opération, faites opposition depuis votre espace.',
    ),
    m(
      'Lydia <bonjour@lydia-app.com>',
      'Vous avez reçu 25,00 €',
      '{name}, Camille vous a envoyé 25,00 € : « resto jeudi ». L’argent est disponible sur votre compte Lydia.',
    ),
    m(
      'Colissimo <noreply@colissimo.fr>',
      'Votre colis sera livré aujourd’hui',
      'Bonjour, votre colis 6A{code} de la part de Maison Verlaine sera livré aujourd’hui entre 9h et 13h.',
    ),
    m(
      'SNCF Connect <noreply@sncf-connect.com>',
      'Confirmation de votre voyage Paris → Lyon',
      'Bonjour {name}, votre réservation est confirmée : TGV INOUI 6611, départ 07:56, voiture 14 place 82. Montant : 54,00 €. Référence : {ticket}.',
    ),
    m(
      'Free Mobile <noreply@free-mobile.fr>',
      'Votre facture Free Mobile est disponible',
      'Bonjour, votre facture du mois de mars d’un montant de 19,99 € est disponible dans votre espace abonné. Elle sera prélevée le 5 avril.',
    ),
    m(
      'Crédit Agricole <securite@credit-agricole.fr>',
      'Nouvel appareil associé à Sécuripass',
      'Un nouvel appareil vient d’être associé à Sécuripass pour votre compte. Si vous n’êtes pas à l’origine de cette action, contactez votre agence immédiatement.',
    ),
  ],
  es: [
    m(
      'BBVA <avisos@bbva.es>',
      'Compra con tu tarjeta por 58,30 €',
      'Hola {name}, se ha realizado una compra de 58,30 € en MERCADONA con tu tarjeta terminada en 5102. Si no la reconoces, bloquea la tarjeta desde la app.',
    ),
    m(
      'Bizum <notificaciones@bizum.es>',
      'Has recibido un Bizum de 20,00 €',
      'Lucía te ha enviado 20,00 € con el concepto «cena sábado». El dinero ya está en tu cuenta.',
    ),
    m(
      'Correos <notificaciones@correos.es>',
      'Tu envío está en reparto',
      'Hola, tu envío PQ4B{code} de Librería Nogaleda está en reparto y llegará hoy.',
    ),
    m(
      'Renfe <venta@renfe.es>',
      'Confirmación de compra - Localizador {ticket}',
      'Gracias por tu compra. AVE Madrid-Puerta de Atocha → Barcelona-Sants, 08:00, coche 6 plaza 9C. Importe: 67,40 €.',
    ),
    m(
      'CaixaBank <seguridad@caixabank.es>',
      'Se ha activado CaixaBankSign en un nuevo dispositivo',
      'Hola {name}, hemos activado CaixaBankSign en un nuevo móvil. Si no has sido tú, llámanos al 900 40 40 90.',
    ),
    m(
      'Amazon.es <confirmar-envio@amazon.es>',
      'Tu pedido de Amazon.es ha sido enviado',
      'Hola {name}, tu pedido #405-{code} se ha enviado y llegará el jueves.',
    ),
  ],
  pt: [
    m(
      'Nubank <todomundo@nubank.com.br>',
      'Compra aprovada de R$ 143,90',
      'Oi, {name}! Sua compra de R$ 143,90 em PAO DE ACUCAR foi aprovada no cartão final 6620.',
    ),
    m(
      'Mercado Pago <info@mercadopago.com>',
      'Você recebeu um Pix de R$ 80,00',
      'Você recebeu R$ 80,00 de Rafael Lima via Pix. O dinheiro já está disponível na sua conta.',
    ),
    m(
      'Correios <naoresponda@correios.com.br>',
      'Objeto saiu para entrega',
      'Seu objeto QB{code}BR saiu para entrega ao destinatário hoje.',
    ),
    m(
      'iFood <naoresponda@ifood.com.br>',
      'Seu pedido foi confirmado',
      'Oba, {name}! O restaurante Sabor da Vila confirmou seu pedido nº {code}. Total: R$ 62,40.',
    ),
    m(
      'Itaú <itau@comunicacao.itau.com.br>',
      'Novo dispositivo habilitado para o iToken',
      'Olá {name}, um novo aparelho foi habilitado para o iToken no app Itaú. Se não foi você, ligue para 4004 4828.',
    ),
    m(
      'Millennium bcp <noreply@millenniumbcp.pt>',
      'Transferência recebida',
      'Recebeu uma transferência de 150,00 EUR de ANA SOUSA na sua conta à ordem.',
    ),
  ],
  it: [
    m(
      'Intesa Sanpaolo <noreply@intesasanpaolo.com>',
      'Pagamento con carta di 46,80 €',
      'Gentile {name}, è stato effettuato un pagamento di 46,80 € presso ESSELUNGA con la carta che termina con 3391. Se non lo riconosci, blocca la carta dall’app.',
    ),
    m(
      'Satispay <noreply@satispay.com>',
      'Hai ricevuto 15,00 €',
      'Marco ti ha inviato 15,00 € con il messaggio «pizza». Li trovi già nel tuo saldo.',
    ),
    m(
      'BRT <noreply@brt.it>',
      'La tua spedizione è in consegna oggi',
      'Gentile cliente, la spedizione n. {code} di Ferramenta Albaria sarà consegnata oggi.',
    ),
    m(
      'Trenitalia <noreply@trenitalia.it>',
      'Conferma acquisto - PNR {ticket}',
      'Grazie per aver acquistato con Trenitalia. Frecciarossa 9531 Milano Centrale → Roma Termini, carrozza 5 posto 7A. Importo: 59,90 €.',
    ),
    m(
      'PayPal <service@paypal.it>',
      'Ricevuta del pagamento a Officina Colleverde',
      'Ciao {name}, hai inviato un pagamento di 89,00 € EUR a Officina Colleverde. ID transazione: 9PL{code}.',
    ),
    m(
      'Poste Italiane <noreply@posteitaliane.it>',
      'Nuovo dispositivo abilitato per PosteID',
      'Gentile {name}, un nuovo dispositivo è stato abilitato alla PosteID. Se non sei stato tu, contatta subito il numero 06 977 977 77.',
    ),
  ],
  nl: [
    m(
      'ING <noreply@ing.nl>',
      'Betaling van € 37,45 bij Albert Heijn',
      'Beste {name}, met je betaalpas eindigend op 7702 is € 37,45 betaald bij ALBERT HEIJN 1432. Herken je dit niet? Blokkeer je pas in de app.',
    ),
    m(
      'Tikkie <noreply@tikkie.me>',
      'Je hebt € 12,50 ontvangen',
      'Sanne heeft je Tikkie voor "borrel vrijdag" betaald. € 12,50 staat op je rekening.',
    ),
    m(
      'PostNL <noreply@postnl.nl>',
      'Je pakket wordt vandaag bezorgd',
      'Hoi {name}, je pakket 3S{code} van Korenbloem Bloemist wordt vandaag tussen 14:10 en 16:10 bezorgd.',
    ),
    m(
      'bol.com <klantenservice@bol.com>',
      'Bevestiging van je bestelling {code}',
      'Hoi {name}, bedankt voor je bestelling bij bol. Totaalbedrag € 64,99. Verwachte levering: morgen.',
    ),
    m(
      'NS <noreply@ns.nl>',
      'Je ticket voor vandaag',
      'Je e-ticket Utrecht Centraal → Amsterdam Centraal, 2e klas, € 9,20. Ordernummer {ticket}.',
    ),
    m(
      'Rabobank <noreply@rabobank.nl>',
      'Nieuw apparaat gekoppeld aan de Rabo App',
      'Beste {name}, er is zojuist een nieuw apparaat gekoppeld aan je Rabo App. Was jij dit niet? Bel direct 088 722 67 67.',
    ),
  ],
}
