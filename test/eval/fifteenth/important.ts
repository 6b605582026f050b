// Important mail that must be pinned, never called relay: receipts, payments, card and bank
// alerts, security alerts, password / 2FA changes, orders and deliveries, from the services' own
// senders, in every language. Written fresh for this set.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export type Important = readonly [from: string, subject: string, body: string]

export const IMPORTANT: Record<Lang, readonly Important[]> = {
  en: [
    [
      'PayPal <service@paypal.co.uk>',
      'You sent a payment of £42.50 to Ellis Carter',
      'You sent £42.50 GBP to Ellis Carter. Transaction ID 8XK21937LM. It may take a few moments for this transaction to appear in your account.',
    ],
    [
      'Monzo <help@monzo.com>',
      'Your card was used at TESCO STORES 2241',
      'Your Monzo card ending 4417 was just used for £63.18 at TESCO STORES 2241. Not you? Freeze your card in the app.',
    ],
    [
      'Google <no-reply@accounts.google.com>',
      'Security alert: new sign-in on Windows',
      'Your Google Account was just signed in to from a new Windows device. If this was you, you don’t need to do anything.',
    ],
    [
      'Amazon.co.uk <shipment-tracking@amazon.co.uk>',
      'Your Amazon.co.uk order has been dispatched',
      'Hello, your order 204-5521983-1183527 has been dispatched and will arrive Thursday. Track your package in Your Orders.',
    ],
    [
      'Apple <no_reply@email.apple.com>',
      'Your receipt from Apple',
      'Receipt. Order ID MQ2L8VTX41. iCloud+ 200 GB monthly £2.99. Billed to Visa •••• 4417.',
    ],
  ],
  de: [
    [
      'PayPal <service@paypal.de>',
      'Sie haben eine Zahlung erhalten',
      'Sie haben 85,00 EUR von Katrin Vogel erhalten. Transaktionscode 3RT50824HG. Das Geld ist in Ihrem PayPal-Konto verfügbar.',
    ],
    [
      'N26 <no-reply@n26.com>',
      'Kartenzahlung: 29,90 € bei REWE',
      'Mit deiner Mastercard wurden soeben 29,90 € bei REWE Markt GmbH bezahlt. Warst du das nicht? Sperre deine Karte sofort in der App.',
    ],
    [
      'DHL Paket <noreply@dhl.de>',
      'Ihre DHL Sendung kommt heute',
      'Ihre Sendung 00340434161094042557 wird heute zwischen 10:30 und 13:30 Uhr zugestellt.',
    ],
    [
      'Sparkasse <info@sparkasse.de>',
      'Ihr Passwort für das Online-Banking wurde geändert',
      'Das Passwort für Ihr Online-Banking wurde soeben geändert. Falls Sie diese Änderung nicht vorgenommen haben, rufen Sie umgehend den Sperr-Notruf 116 116 an.',
    ],
    [
      'Zalando <info@service-mail.zalando.de>',
      'Vielen Dank für deine Bestellung',
      'Bestellnummer 10105948372951. Gesamtbetrag 79,95 €. Voraussichtliche Lieferung: Mi., 16.09.',
    ],
  ],
  fr: [
    [
      'PayPal <service@paypal.fr>',
      'Vous avez envoyé un paiement',
      'Vous avez envoyé 35,00 EUR à Hugo Lefèvre. Numéro de transaction 5TY10293KL.',
    ],
    [
      'Boursorama Banque <ne-pas-repondre@boursorama.fr>',
      'Alerte : paiement par carte de 112,40 €',
      'Un paiement de 112,40 € a été réalisé avec votre carte se terminant par 9021 chez FNAC PARIS.',
    ],
    [
      'Colissimo <noreply@notif-colissimo-laposte.info>',
      'Votre colis est en cours de livraison',
      'Votre colis 6A20459301827 sera livré aujourd’hui.',
    ],
    [
      'Microsoft <account-security-noreply@accountprotection.microsoft.com>',
      'Modification de la sécurité du compte Microsoft',
      'La validation en deux étapes a été activée sur votre compte Microsoft. Si ce n’était pas vous, sécurisez votre compte.',
    ],
    [
      'SNCF Connect <noreply@sncf-connect.com>',
      'Confirmation de votre commande',
      'Votre réservation Paris → Lyon du 18/09 est confirmée. Montant payé : 54,00 €. Référence QXTR8K.',
    ],
  ],
  es: [
    [
      'PayPal <service@paypal.es>',
      'Has recibido un pago',
      'Has recibido 60,00 EUR de Sergio Molina. Id. de transacción 7HU49281PQ.',
    ],
    [
      'BBVA <avisos@bbva.es>',
      'Compra con tarjeta de 48,20 €',
      'Se ha realizado una compra de 48,20 € con tu tarjeta terminada en 3389 en MERCADONA.',
    ],
    [
      'Correos <notificaciones@correos.es>',
      'Tu envío está en reparto',
      'El envío PQ4B7D0712345670128001X llegará hoy a tu domicilio.',
    ],
    [
      'Google <no-reply@accounts.google.com>',
      'Alerta de seguridad',
      'Se ha cambiado la contraseña de tu cuenta de Google. Si no has sido tú, recupera tu cuenta.',
    ],
    [
      'El Corte Inglés <pedidos@elcorteingles.es>',
      'Confirmación de tu pedido 7712934',
      'Gracias por tu compra. Importe total: 129,00 €. Entrega estimada: 17 de septiembre.',
    ],
  ],
  pt: [
    [
      'PayPal <service@paypal.pt>',
      'Recebeu um pagamento',
      'Recebeu 40,00 EUR de Filipa Sousa. ID da transação 2KL90371MN.',
    ],
    [
      'Millennium bcp <alertas@millenniumbcp.pt>',
      'Movimento no cartão: 23,75 €',
      'Foi efetuada uma compra de 23,75 € com o cartão terminado em 5510 em CONTINENTE.',
    ],
    [
      'CTT <notificacoes@ctt.pt>',
      'A sua encomenda está em distribuição',
      'O objeto RR123456789PT será entregue hoje.',
    ],
    [
      'Apple <no_reply@email.apple.com>',
      'O seu recibo da Apple',
      'Recibo. Apple Music Individual 6,99 €. Cobrado ao cartão •••• 5510.',
    ],
    [
      'Nubank <todomundo@nubank.com.br>',
      'Sua senha foi alterada',
      'A senha do seu app foi alterada agora. Se não foi você, fale com a gente imediatamente.',
    ],
  ],
  it: [
    [
      'PayPal <service@paypal.it>',
      'Hai inviato un pagamento',
      'Hai inviato 25,00 EUR a Matteo Greco. ID transazione 9PL38201XC.',
    ],
    [
      'Intesa Sanpaolo <notifiche@intesasanpaolo.com>',
      'Pagamento con carta di 57,30 €',
      'È stato effettuato un pagamento di 57,30 € con la carta che termina con 7732 presso ESSELUNGA.',
    ],
    [
      'BRT <noreply@brt.it>',
      'La tua spedizione è in consegna',
      'La spedizione 084123456789 verrà consegnata oggi.',
    ],
    [
      'Amazon.it <conferma-ordine@amazon.it>',
      'Il tuo ordine Amazon.it',
      'Grazie per il tuo ordine 403-1192837-5510293. Totale 34,99 €. Consegna prevista venerdì.',
    ],
    [
      'Microsoft <account-security-noreply@accountprotection.microsoft.com>',
      'Nuovo metodo di verifica aggiunto',
      'È stato aggiunto un nuovo metodo di verifica in due passaggi al tuo account Microsoft.',
    ],
  ],
  nl: [
    [
      'PayPal <service@paypal.nl>',
      'Je hebt een betaling ontvangen',
      'Je hebt € 55,00 ontvangen van Ruben de Jong. Transactiecode 4MN82910TR.',
    ],
    [
      'ING <noreply@ing.nl>',
      'Betaling met je pas: € 18,40',
      'Er is zojuist € 18,40 betaald met je betaalpas bij ALBERT HEIJN 1420.',
    ],
    [
      'PostNL <noreply@notificatie.postnl.nl>',
      'Je pakket wordt vandaag bezorgd',
      'Je pakket 3SABCD1234567 wordt vandaag tussen 14:00 en 16:30 bezorgd.',
    ],
    [
      'bol.com <bestellingen@bol.com>',
      'Bedankt voor je bestelling',
      'Bestelnummer 4620019382. Totaal € 42,99. Verwachte levering: morgen.',
    ],
    [
      'DigiD <noreply@digid.nl>',
      'Uw DigiD-wachtwoord is gewijzigd',
      'Het wachtwoord van uw DigiD is gewijzigd. Heeft u dit niet zelf gedaan? Neem dan contact op met de DigiD helpdesk.',
    ],
  ],
}

export function importantMail(rng: Random, lang: Lang): Important {
  return rng.pick(IMPORTANT[lang])
}
