// Bank and card alerts, new-device logins, password/2FA changed; orders, shipping, delivery and
// pickup; travel: check-in, boarding pass, booking confirmed, gate change.
import type { LookTexts } from './types.ts'

export const BANK: LookTexts = {
  en: [
    [
      'Card payment of {amount} at {brand}',
      'Your debit card ending 4821 was used for {amount} on {day} at {time}. Not you? Call us.',
    ],
    [
      'New sign-in to your account',
      'We noticed a sign-in from a new device (Pixel 8, London) at {time}. If this was you, no action is needed.',
    ],
    ['Two-step verification was turned on', 'Your {brand} account now asks for a code at sign-in.'],
  ],
  de: [
    ['Kartenzahlung über {amount}', 'Mit Ihrer Karte •••• 4821 wurden am {day} {amount} bezahlt.'],
    [
      'Neue Anmeldung in Ihrem Online-Banking',
      'Anmeldung von einem neuen Gerät um {time}. Waren Sie das nicht, sperren Sie bitte den Zugang.',
    ],
    ['Ihr Passwort wurde geändert', 'Das Passwort Ihres {brand}-Kontos wurde am {day} geändert.'],
  ],
  fr: [
    ['Paiement par carte de {amount}', 'Carte •••• 4821 utilisée le {day} à {time}.'],
    ['Nouvelle connexion à votre espace client', 'Connexion depuis un nouvel appareil à {time}.'],
    ['Double authentification activée', 'Votre compte {brand} est mieux protégé.'],
  ],
  es: [
    ['Pago con tarjeta de {amount}', 'Tarjeta •••• 4821 el {day} a las {time}.'],
    [
      'Nuevo inicio de sesión en tu banca online',
      'Dispositivo nuevo a las {time}. Si no fuiste tú, llámanos.',
    ],
    ['Tu contraseña ha cambiado', 'La contraseña de tu cuenta {brand} se cambió el {day}.'],
  ],
  pt: [
    ['Compra de {amount} no cartão', 'Cartão final 4821, {day} às {time}.'],
    ['Novo acesso à sua conta', 'Acesso a partir de um novo dispositivo às {time}.'],
    ['Verificação em dois passos ativada', 'A sua conta {brand} está mais segura.'],
  ],
  it: [
    ['Pagamento con carta di {amount}', 'Carta •••• 4821 il {day} alle {time}.'],
    ['Nuovo accesso al tuo conto', 'Accesso da un nuovo dispositivo alle {time}.'],
    ['Password modificata', 'La password del tuo account {brand} è stata cambiata.'],
  ],
  nl: [
    ['Betaling met je pas: {amount}', 'Pas •••• 4821 op {day} om {time}.'],
    ['Nieuwe inlog op je account', 'Ingelogd vanaf een nieuw apparaat om {time}.'],
    ['Tweestapsverificatie ingeschakeld', 'Je {brand}-account is beter beveiligd.'],
  ],
}

export const ORDER: LookTexts = {
  en: [
    [
      'Your order #{ref} has shipped',
      'Good news! Your parcel is on its way with tracking {code}. Expected {day}.',
    ],
    ['Delivered: your {brand} parcel', 'Left with a neighbour at {time}.'],
    [
      'Ready for pickup: order {ref}',
      'Collect it at the {brand} locker with PIN {code} within 5 days.',
    ],
  ],
  de: [
    [
      'Deine Bestellung {ref} ist unterwegs',
      'Sendungsnummer {code}, Zustellung voraussichtlich {day}.',
    ],
    ['Paket zugestellt', 'Ihr Paket von {brand} wurde um {time} zugestellt.'],
    ['Abholbereit in der Packstation', 'Abholcode {code}, 7 Tage gültig.'],
  ],
  fr: [
    ['Votre commande {ref} a été expédiée', 'Suivi : {code}. Livraison prévue le {day}.'],
    ['Colis livré', 'Votre colis {brand} a été livré à {time}.'],
    ['Disponible en point relais', 'Code de retrait : {code}.'],
  ],
  es: [
    ['Tu pedido {ref} ha sido enviado', 'Seguimiento: {code}. Entrega el {day}.'],
    ['Pedido entregado', 'Tu paquete de {brand} se entregó a las {time}.'],
    ['Listo para recoger', 'Código de recogida: {code}.'],
  ],
  pt: [
    ['A sua encomenda {ref} foi enviada', 'Seguimento: {code}. Entrega prevista a {day}.'],
    ['Seu pedido foi entregue', 'Entregue às {time}.'],
    ['Disponível para levantamento', 'Código: {code}.'],
  ],
  it: [
    ['Il tuo ordine {ref} è stato spedito', 'Tracking: {code}. Consegna il {day}.'],
    ['Pacco consegnato', 'Consegnato alle {time}.'],
    ['Pronto per il ritiro', 'Codice di ritiro: {code}.'],
  ],
  nl: [
    ['Je bestelling {ref} is verzonden', 'Track & trace: {code}. Bezorging op {day}.'],
    ['Pakket bezorgd', 'Bezorgd om {time}.'],
    ['Klaar om op te halen', 'Ophaalcode: {code}.'],
  ],
}

export const TRAVEL: LookTexts = {
  en: [
    [
      'Check-in is now open for your flight to Lisbon',
      'Booking {ref}. Departure {day} {time}. Check in: {link}',
    ],
    ['Your boarding pass', 'Flight RZ{code}, seat 14C, gate closes 20 minutes before departure.'],
    ['Gate change: flight RZ{code} now departs from B22', 'New gate B22. Boarding {time}.'],
  ],
  de: [
    ['Online-Check-in geöffnet', 'Buchung {ref}, Abflug {day} um {time}.'],
    ['Ihre Bordkarte', 'Flug RZ{code}, Sitz 21A.'],
    ['Buchungsbestätigung {ref}', 'Hotel {brand}, Anreise {day}, Betrag {amount}.'],
  ],
  fr: [
    ['Enregistrement ouvert', 'Réservation {ref}, départ le {day} à {time}.'],
    ['Votre carte d’embarquement', 'Vol RZ{code}, siège 9F.'],
    ['Changement de porte', 'Vol RZ{code} : porte C14, embarquement {time}.'],
  ],
  es: [
    ['Ya puedes facturar online', 'Reserva {ref}, salida el {day} a las {time}.'],
    ['Tu tarjeta de embarque', 'Vuelo RZ{code}, asiento 12B.'],
    ['Reserva confirmada {ref}', 'Hotel {brand}, llegada {day}, importe {amount}.'],
  ],
  pt: [
    ['Check-in disponível', 'Reserva {ref}, partida {day} às {time}.'],
    ['O seu cartão de embarque', 'Voo RZ{code}, lugar 18D.'],
    ['Mudança de porta de embarque', 'Voo RZ{code}: porta 7.'],
  ],
  it: [
    ['Check-in online disponibile', 'Prenotazione {ref}, partenza {day} ore {time}.'],
    ['La tua carta d’imbarco', 'Volo RZ{code}, posto 3A.'],
    ['Prenotazione confermata {ref}', 'Hotel {brand}, arrivo {day}, importo {amount}.'],
  ],
  nl: [
    ['Online inchecken is geopend', 'Boeking {ref}, vertrek {day} om {time}.'],
    ['Je instapkaart', 'Vlucht RZ{code}, stoel 7C.'],
    ['Gatewijziging vlucht RZ{code}', 'Nieuwe gate D5, boarding {time}.'],
  ],
}
