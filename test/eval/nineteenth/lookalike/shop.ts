// Orders, shipping and delivery notices about one purchase (shop, payment service, carrier),
// written for this set: they carry "pedido"/order numbers, postal codes and PINs.
import type { LookClass } from './types.ts'

export const ORDER: LookClass = {
  name: 'order',
  label: 'important',
  locals: ['orders', 'pedidos', 'bestellung'],
  texts: {
    en: [
      [
        'Order {order} confirmed',
        'Hi {first}, thanks for your order! {item} will ship within 2 days. Total: {amount}.',
      ],
      [
        'Your {item} is on its way',
        'Good news {first}: order {order} has shipped. Track it here: {link}',
      ],
    ],
    de: [
      [
        'Bestellbestätigung {order}',
        'Hallo {first}, danke für deine Bestellung! {item} wird in 2 Tagen verschickt. Summe: {amount}.',
      ],
    ],
    fr: [
      [
        'Commande {order} confirmée',
        'Bonjour {first}, merci pour votre commande ! {item} sera expédié sous 48 h. Total : {amount}.',
      ],
    ],
    es: [
      [
        'Tu pedido {order} está confirmado',
        'Hola {first}, ¡gracias por tu pedido! {item} saldrá en 2 días. Importe: {amount}.',
      ],
      [
        'Tu pedido ha sido enviado',
        'Hola {first}, tu pedido {order} ({item}) ya va de camino. Seguimiento: {link}',
      ],
    ],
    pt: [
      [
        'Pedido {order} recebido',
        'Olá {first}, recebemos o seu pedido de {item}. Valor: {amount}.',
      ],
      [
        'Olá {first}, o seu pedido seguiu para entrega',
        'A sua encomenda {order} ({item}) foi enviada. Acompanhe aqui: {link}',
      ],
    ],
    it: [
      [
        'Ordine {order} confermato',
        'Ciao {first}, grazie per il tuo ordine! {item} verrà spedito entro 2 giorni. Totale: {amount}.',
      ],
    ],
    nl: [
      [
        'Bestelling {order} bevestigd',
        'Hoi {first}, bedankt voor je bestelling! {item} wordt binnen 2 dagen verzonden. Totaal: {amount}.',
      ],
    ],
  },
}

export const DELIVERY: LookClass = {
  name: 'delivery',
  label: 'important',
  locals: ['tracking', 'noreply', 'zustellung'],
  texts: {
    en: [
      [
        'Your parcel arrives today',
        'Hi {first}, parcel {order} will be delivered to {postcode} between 10:00 and 13:00. Show PIN {pin} to the driver.',
      ],
    ],
    de: [
      [
        'Ihr Paket kommt heute',
        'Hallo {first}, Ihre Sendung {order} wird heute an {postcode} zugestellt. Abhol-PIN für die Packstation: {pin}.',
      ],
    ],
    fr: [
      [
        'Votre colis arrive aujourd’hui',
        'Bonjour {first}, votre colis {order} sera livré au {postcode} aujourd’hui. Code de remise : {pin}.',
      ],
    ],
    es: [
      [
        'Tu envío llega hoy',
        'Hola {first}, tu envío {order} se entregará hoy en el CP {postcode}. Código de entrega: {pin}.',
      ],
    ],
    pt: [
      [
        'A sua encomenda chega hoje',
        'Olá {first}, a encomenda {order} será entregue hoje no código postal {postcode}. PIN de entrega: {pin}.',
      ],
    ],
    it: [
      [
        'Il tuo pacco arriva oggi',
        'Ciao {first}, la spedizione {order} sarà consegnata oggi al CAP {postcode}. PIN di consegna: {pin}.',
      ],
    ],
    nl: [
      [
        'Je pakket komt vandaag',
        'Hoi {first}, zending {order} wordt vandaag bezorgd op {postcode}. Ophaalcode: {pin}.',
      ],
    ],
  },
}
