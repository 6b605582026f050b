// Look-alike texts of one class (order), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const ORDER: LookTexts = {
  en: [
    [
      'Order confirmed #{ref}',
      'Thanks for your order, {first}! Total {amount}. We’ll email you when it ships.',
    ],
    [
      'Your parcel is on its way',
      'Order {ref} from {brand} has shipped. Track it: {link}\nExpected: {date}',
    ],
    [
      'Ready for pickup at {place}',
      'Your parcel is waiting at {place}. Pickup code: {code}. Collect it within 7 days.',
    ],
  ],
  de: [
    [
      'Bestellbestätigung Nr. {ref}',
      'Danke für Ihre Bestellung, {first}! Gesamtbetrag {amount}. Wir melden uns beim Versand.',
    ],
    [
      'Ihr Paket ist unterwegs',
      'Bestellung {ref} von {brand} wurde verschickt. Sendungsverfolgung: {link}\nVoraussichtlich: {date}',
    ],
    [
      'Abholbereit in der Packstation {place}',
      'Ihr Paket liegt bereit. Abholcode: {code}. Bitte innerhalb von 7 Tagen abholen.',
    ],
  ],
  fr: [
    [
      'Commande confirmée n° {ref}',
      'Merci pour votre commande, {first} ! Total {amount}. Nous vous écrirons à l’expédition.',
    ],
    [
      'Votre colis est en route',
      'La commande {ref} de {brand} est expédiée. Suivi : {link}\nLivraison prévue : {date}',
    ],
    [
      'Votre colis vous attend au point relais {place}',
      'Code de retrait : {code}. À retirer sous 7 jours.',
    ],
  ],
  es: [
    [
      'Pedido confirmado n.º {ref}',
      '¡Gracias por tu pedido, {first}! Total {amount}. Te avisamos cuando salga.',
    ],
    [
      'Tu paquete está en camino',
      'El pedido {ref} de {brand} ha salido. Seguimiento: {link}\nEntrega prevista: {date}',
    ],
    [
      'Listo para recoger en {place}',
      'Tu paquete te espera en {place}. Código de recogida: {code}.',
    ],
  ],
  pt: [
    [
      'Encomenda confirmada n.º {ref}',
      'Obrigado pela sua encomenda, {first}! Total {amount}. Avisamos quando for expedida.',
    ],
    [
      'Seu pedido saiu para entrega',
      'O pedido {ref} da {brand} está a caminho. Rastreio: {link}\nPrevisão: {date}',
    ],
    [
      'Disponível para levantamento em {place}',
      'A sua encomenda espera por si em {place}. Código: {code}.',
    ],
  ],
  it: [
    [
      'Ordine confermato n. {ref}',
      'Grazie per il tuo ordine, {first}! Totale {amount}. Ti scriviamo alla spedizione.',
    ],
    [
      'Il tuo pacco è in viaggio',
      'L’ordine {ref} di {brand} è stato spedito. Tracciamento: {link}\nConsegna prevista: {date}',
    ],
    [
      'Pronto per il ritiro presso {place}',
      'Il tuo pacco ti aspetta presso {place}. Codice di ritiro: {code}.',
    ],
  ],
  nl: [
    [
      'Bestelling bevestigd #{ref}',
      'Bedankt voor je bestelling, {first}! Totaal {amount}. We mailen je bij verzending.',
    ],
    [
      'Je pakket is onderweg',
      'Bestelling {ref} van {brand} is verzonden. Volg je pakket: {link}\nVerwacht: {date}',
    ],
    ['Klaar om op te halen bij {place}', 'Je pakket ligt klaar bij {place}. Ophaalcode: {code}.'],
  ],
}
