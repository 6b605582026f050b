// Look-alike texts, important ones: orders, shipping, delivery and pickup; and travel.
import type { LookTexts } from './look-types.ts'

export const ORDER: LookTexts = {
  en: [
    'Your {brand} order #{ref} has shipped | Track your parcel: {link} // Estimated delivery {day}.',
    'Order confirmed: #{ref} | Thanks {first}! Total {amount}. We’ll let you know when it ships.',
    'Your parcel is ready for pickup | Collect it from the locker at Station Road by {day}. Code: {code}',
  ],
  de: [
    'Deine Bestellung {ref} ist unterwegs | Sendungsverfolgung: {link} // Voraussichtliche Zustellung am {day}.',
    'Bestellbestätigung Nr. {ref} | Danke {first}! Gesamtbetrag {amount}.',
    'Ihr Paket liegt zur Abholung bereit | Packstation 114, Abholcode {code}, bis {day}.',
  ],
  fr: [
    'Votre commande {ref} a été expédiée | Suivre le colis : {link} // Livraison prévue le {day}.',
    'Confirmation de commande n° {ref} | Merci {first} ! Total {amount}.',
    'Votre colis vous attend en point relais | Retrait avant le {day} avec le code {code}.',
  ],
  es: [
    'Tu pedido {ref} ya está en camino | Seguimiento: {link} // Entrega prevista el {day}.',
    'Pedido confirmado n.º {ref} | ¡Gracias {first}! Total {amount}.',
    'Tu paquete está listo para recoger | En el punto de recogida hasta el {day}. Código {code}.',
  ],
  pt: [
    'A sua encomenda {ref} foi enviada | Seguir: {link} // Entrega prevista {day}.',
    'Pedido confirmado nº {ref} | Obrigado {first}! Total {amount}.',
    'Sua encomenda está pronta para retirada | No ponto de coleta até {day}. Código {code}.',
  ],
  it: [
    'Il tuo ordine {ref} è stato spedito | Traccia il pacco: {link} // Consegna prevista il {day}.',
    'Conferma ordine n. {ref} | Grazie {first}! Totale {amount}.',
    'Il tuo pacco è pronto per il ritiro | Al punto di ritiro entro il {day}. Codice {code}.',
  ],
  nl: [
    'Je bestelling {ref} is verzonden | Volg je pakket: {link} // Verwachte bezorging {day}.',
    'Bestelling bevestigd: {ref} | Bedankt {first}! Totaal {amount}.',
    'Je pakket ligt klaar om op te halen | Bij het afhaalpunt tot {day}. Code {code}.',
  ],
}

export const TRAVEL: LookTexts = {
  en: [
    'Check-in is now open for your flight to Lisbon | Booking {ref}. Check in online: {link}',
    'Your boarding pass – {day} | Gate closes at {time}. Seat 14C.',
    'Gate change: now departing from B12 | Your flight on {day} leaves from gate B12 at {time}.',
  ],
  de: [
    'Online-Check-in für Ihren Flug ist geöffnet | Buchung {ref}. Jetzt einchecken: {link}',
    'Ihre Bordkarte für den {day} | Boarding um {time}, Sitz 22A.',
    'Ihre Zugbuchung ist bestätigt | Auftragsnummer {ref}, Abfahrt am {day} um {time}.',
  ],
  fr: [
    'L’enregistrement est ouvert | Réservation {ref}. S’enregistrer : {link}',
    'Votre carte d’embarquement – {day} | Embarquement à {time}, siège 9F.',
    'Changement de porte : départ de la porte C4 | Votre vol du {day} part à {time}.',
  ],
  es: [
    'Ya puedes facturar tu vuelo | Reserva {ref}. Facturar: {link}',
    'Tu tarjeta de embarque – {day} | Embarque a las {time}, asiento 18B.',
    'Reserva confirmada: hotel en Sevilla | Localizador {ref}, llegada el {day}.',
  ],
  pt: [
    'O check-in do seu voo já está aberto | Reserva {ref}. Fazer check-in: {link}',
    'Seu cartão de embarque – {day} | Embarque às {time}, assento 7A.',
    'Mudança de porta: embarque na porta 21 | O seu voo de {day} sai às {time}.',
  ],
  it: [
    'Il check-in per il tuo volo è aperto | Prenotazione {ref}. Check-in: {link}',
    'La tua carta d’imbarco – {day} | Imbarco alle {time}, posto 11D.',
    'Prenotazione confermata: treno per Roma | Codice {ref}, partenza il {day} alle {time}.',
  ],
  nl: [
    'Inchecken voor je vlucht is geopend | Boeking {ref}. Inchecken: {link}',
    'Je instapkaart – {day} | Boarding om {time}, stoel 3C.',
    'Gatewijziging: vertrek nu vanaf D7 | Je vlucht op {day} vertrekt om {time}.',
  ],
}
