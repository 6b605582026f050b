// Class 13: orders, shipping, delivery and pickup notices (label `important`). Slots {brand}
// {name} {ref} {date} {amount} {code}.
import type { Lang } from '../../types.ts'

export const ORDER: Record<Lang, readonly string[]> = {
  en: [
    'Order confirmed #{ref}|Thanks {name}! We’ve got your order ({amount}). We’ll email you when it ships.',
    'Your parcel is out for delivery|{brand}: parcel {ref} arrives today between 1pm and 3pm.',
    'Ready for pickup|Your order {ref} is waiting at the locker on High Street. Code: {code}. Collect by {date}.',
  ],
  de: [
    'Bestellbestätigung Nr. {ref}|Danke, {name}! Wir haben deine Bestellung ({amount}) erhalten.',
    'Ihr Paket kommt heute|{brand}: Sendung {ref} wird heute zwischen 13 und 15 Uhr zugestellt.',
    'Abholbereit in der Packstation|Ihre Sendung {ref} liegt bereit. Abholcode: {code}. Abholen bis {date}.',
  ],
  fr: [
    'Commande confirmée n°{ref}|Merci {name} ! Nous avons bien reçu votre commande ({amount}).',
    'Votre colis arrive aujourd’hui|{brand} : colis {ref} livré aujourd’hui entre 13 h et 15 h.',
    'Votre colis vous attend en point relais|Commande {ref} disponible. Code de retrait : {code}. Avant le {date}.',
  ],
  es: [
    'Pedido confirmado n.º {ref}|¡Gracias {name}! Hemos recibido tu pedido ({amount}).',
    'Tu paquete está en reparto|{brand}: el envío {ref} llega hoy entre las 13 y las 15 h.',
    'Listo para recoger|Tu pedido {ref} te espera en el punto de recogida. Código: {code}. Hasta el {date}.',
  ],
  pt: [
    'Encomenda confirmada n.º {ref}|Obrigado {name}! Recebemos a sua encomenda ({amount}).',
    'Seu pedido saiu para entrega|{brand}: o pedido {ref} chega hoje entre 13h e 15h.',
    'Pronto para levantamento|A sua encomenda {ref} está no cacifo. Código: {code}. Até {date}.',
  ],
  it: [
    'Ordine confermato n. {ref}|Grazie {name}! Abbiamo ricevuto il tuo ordine ({amount}).',
    'Il tuo pacco è in consegna|{brand}: la spedizione {ref} arriva oggi tra le 13 e le 15.',
    'Pronto per il ritiro|Il tuo ordine {ref} ti aspetta al locker. Codice: {code}. Entro il {date}.',
  ],
  nl: [
    'Bestelling bevestigd nr. {ref}|Bedankt {name}! We hebben je bestelling ({amount}) ontvangen.',
    'Je pakket wordt vandaag bezorgd|{brand}: zending {ref} komt vandaag tussen 13 en 15 uur.',
    'Klaar om op te halen|Je bestelling {ref} ligt bij het afhaalpunt. Code: {code}. Ophalen vóór {date}.',
  ],
}
