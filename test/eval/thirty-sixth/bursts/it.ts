// Italian burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_IT: BurstTexts = {
  couponConfirm:
    'Conferma l’iscrizione e ricevi il tuo codice del {pct} %\nCiao,\n\nun clic e il codice di benvenuto è tuo. Conferma il tuo indirizzo email: {link}\n\nIl codice vale sul primo ordine, offerte del Black Friday incluse.\n\n{shop}',
  couponCode:
    'Ecco il tuo codice: {code} 🎉\nBenvenuto/a da {shop}!\n\nIl tuo codice del {pct} %: {code}\nValido fino al {date} sul primo ordine.\n\nInizia lo shopping: {link}',
  welcome: [
    'Benvenuto/a nella famiglia {shop}\nCiao {first},\n\ngrazie per esserti iscritto/a! Cosa ti aspetta: accesso anticipato ai saldi, nuove collezioni e idee regalo, più o meno una volta a settimana.\n\nI più venduti: {link}\n\nPuoi annullare l’iscrizione quando vuoi.',
    'I più venduti, scelti per te\n{shop}\n\nCerchi ancora idee regalo, {first}? Ecco i capi preferiti dai nostri clienti in questa stagione. Ricorda il tuo codice {code}.\n\nScopri: {link}\n\nAnnulla iscrizione | Preferenze',
  ],
  account: [
    'Attiva il tuo account\nCiao {first},\n\ngrazie per il tuo ordine su {shop}. Abbiamo creato un account cliente per farti seguire l’ordine. Attivalo qui: {link}',
    'Imposta la password per {shop}\nCiao,\n\ndurante l’acquisto è stato creato un account per {email}. Imposta una password per seguire gli ordini e salvare gli indirizzi: {link}\n\nIl link è valido 7 giorni.',
    'Verifica la tua email\nVerifica il tuo indirizzo email per il nuovo account {shop}: {link}\n\nSe non hai creato un account, ignora questo messaggio.',
  ],
  payment:
    'Ricevuta di pagamento dell’ordine {order}\n{shop}\n\nImporto pagato: {amount} €\nMetodo di pagamento: Visa •••• {last4}\nData: {today}\n\nConserva questa ricevuta. Domande? Rispondi a questa email.',
  review:
    'Com’è andata, {first}? Recensisci l’ordine {order}\nCiao {first},\n\nil tuo ordine {shop} è arrivato qualche giorno fa. Ti va di dedicare un minuto a valutarlo? La tua opinione aiuta altri clienti.\n\n★★★★★ Scrivi una recensione: {link}',
  supportAck: [
    '[{shop}] Richiesta ricevuta: {subject}\nCiao {first},\n\ngrazie per aver contattato il servizio clienti {shop}. Abbiamo ricevuto la tua richiesta e ti risponderemo entro 24 ore. Il tuo numero di ticket è {ticket}.\n\nCordiali saluti,\n{shop}',
    'R: {subject} [#{ticket}]\nCiao,\n\nabbiamo ricevuto il tuo messaggio e aperto il ticket #{ticket}. Nel periodo del Black Friday rispondiamo entro due giorni lavorativi.\n\n— Assistenza {shop}',
  ],
  eventConfirm:
    'Conferma la tua iscrizione: {event}\nCiao {first},\n\ngrazie per esserti iscritto/a a {event} il {date}. Conferma per mantenere il tuo posto: {link}\n\nCi vediamo lì!\n{shop}',
  tickets:
    'I tuoi biglietti per {event}\nOrdine {order}\n\nCiao {first}, grazie per l’acquisto!\n2 x Ingresso posto unico – {amount} €\n{venue}, {date}, apertura porte ore 19\n\nI biglietti sono allegati in PDF e nell’app: {link}',
  invite:
    'Invito: {event} il {date} 10:00 - 11:30 (CET)\n{shop} ti ha invitato a questo evento.\n\nQuando: {date} 10:00 – 11:30\nLink per partecipare: {link}\n\nParteciperai? Sì · No · Forse\n\nRicevi questo invito perché ti sei iscritto/a all’evento.',
  reminder:
    'Promemoria: {event} inizia domani\nCiao {first},\n\nti ricordiamo che {event} inizia domani alle 10. Il tuo link personale: {link}\n\nAggiungilo al calendario per non perderlo.\n\n{shop}',
  travelVerify:
    'Verifica il tuo indirizzo email\nBenvenuto/a su {shop}, {first}!\n\nConferma la tua email per completare l’account e ricevere gli aggiornamenti sulle prenotazioni: {link}',
  booking: {
    flight:
      'Conferma di prenotazione – il tuo volo per {city} ({ref})\nGentile {name},\n\ngrazie per aver prenotato con {shop}. Codice di prenotazione: {ref}\nAndata: {date}, partenza 07:45\nPasseggeri: 1 adulto\nTotale pagato: {amount} €\n\nGestisci la prenotazione e fai il check-in online 24 ore prima: {link}',
    hotel:
      'Il tuo soggiorno al {shop} {city} è confermato\nCiao {first},\n\nNumero di conferma: {ref}\nCheck-in: {date} dalle 15:00\n2 notti, 1 camera doppia con colazione\nTotale: {amount} €\n\nVedi o modifica la prenotazione: {link}',
    car: '{shop} prenotazione {ref}: la tua auto a {city}\nCiao {first},\n\nla tua auto a noleggio è prenotata.\nRitiro: stazione di {city}, {date} ore 10\nCategoria: compatta o simile\nPrepagato: {amount} €\n\nPorta la patente e una carta di credito a tuo nome. Gestisci: {link}',
    rail: 'I tuoi biglietti: {city} – {date}\n{shop}\n\nCiao {first}, ecco i tuoi biglietti. Codice {ref}.\nCarrozza 6, posto 45\nTotale: {amount} €\n\nMostra il QR code sul telefono o stampalo: {link}',
  },
  travelPayment:
    'Pagamento ricevuto – prenotazione {ref}\nAbbiamo ricevuto il tuo pagamento di {amount} € con la Visa che termina con {last4} per la prenotazione {ref}. In allegato la fattura.\n\n{shop}',
  events: [
    'Corsa benefica di Natale 10 km',
    'Summit Commercio Digitale 2026 (online)',
    'Concerto di Natale del coro',
    'Webinar: come preparare il Black Friday',
  ],
  cities: ['Firenze', 'Torino', 'Napoli', 'Verona'],
  venues: ['Teatro Comunale', 'Unipol Arena', 'Auditorium Manzoni'],
}
