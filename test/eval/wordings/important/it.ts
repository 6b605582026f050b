// Italian important mail (reconstructions of the services' usual notices).
import type { ImportantMail } from './types.ts'

export const importantIt: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'DAZN <noreply@dazn.com>',
    subject: 'La tua ricevuta DAZN',
    body: 'Abbiamo addebitato {amount} per il tuo abbonamento mensile.',
  },
  {
    type: 'ride-receipt',
    from: 'itTaxi <noreply@ittaxi.it>',
    subject: 'Ricevuta della tua corsa di giovedì',
    body: 'Grazie per aver viaggiato con itTaxi. Totale {amount}.',
  },
  {
    type: 'card-alert',
    from: 'Intesa Sanpaolo <noreply@intesasanpaolo.com>',
    subject: 'Pagamento con carta di {amount}',
    body: 'È stato effettuato un pagamento di {amount} presso {merchant} con la carta che termina con 4421.',
  },
  {
    type: 'payment-sent',
    from: 'Satispay <noreply@satispay.com>',
    subject: 'Hai inviato {amount} a {merchant}',
    body: 'Il tuo pagamento di {amount} a {merchant} è andato a buon fine.',
  },
  {
    type: 'security-alert',
    from: 'Poste Italiane <noreply@posteitaliane.it>',
    subject: 'Nuovo accesso al tuo account Poste',
    body: 'Abbiamo rilevato un accesso da {device}. Se non sei stato tu, cambia subito la password.',
  },
  {
    type: 'two-factor',
    from: 'UniCredit <noreply@unicredit.it>',
    subject: 'Dispositivo Mobile Token modificato',
    body: 'È stato associato un nuovo dispositivo al tuo Mobile Token. Se non riconosci l’operazione, contattaci.',
  },
  {
    type: 'order',
    from: 'ePRICE <ordini@eprice.it>',
    subject: 'Conferma ordine n. {order}',
    body: 'Grazie per il tuo ordine di {amount}. Consegna prevista venerdì.',
  },
  {
    type: 'delivery',
    from: 'BRT <noreply@brt.it>',
    subject: 'La tua spedizione è in consegna',
    body: 'La spedizione 0123456789 sarà consegnata oggi.',
  },
]
