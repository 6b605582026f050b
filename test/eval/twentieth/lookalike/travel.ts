// 14. Travel: check-in open, boarding pass, booking confirmed, gate change: labelled important.
import type { LookClass } from './types.ts'

export const TRAVEL: LookClass = {
  name: 'travel',
  label: 'important',
  sender: 'brand',
  brands: ['{Stem} Air', '{Stem} Rail', '{Stem} Hotels'],
  locals: ['noreply', 'booking', 'checkin'],
  texts: {
    en: [
      [
        'Check-in is now open for your flight to {city}',
        'Hi {name},\n\nOnline check-in for flight {flight} on {date} is now open.\nBooking reference: {ref}\n\nCheck in: {link}',
      ],
      [
        'Your boarding pass – {flight}',
        'Boarding pass attached.\nFlight {flight} · Seat {seat} · Gate {gate}\nBoarding closes at {time}.',
      ],
      [
        'Gate change: flight {flight} now departs from {gate}',
        'Please note: flight {flight} to {city} will now board at gate {gate}. Boarding time {time} is unchanged.',
      ],
    ],
    de: [
      [
        'Ihre Buchung ist bestätigt – {ref}',
        'Hallo {name},\n\nvielen Dank für Ihre Buchung.\nBuchungsnummer: {ref}\nFahrt: {city}, {date}, Abfahrt {time}\nWagen 7, Platz {seat}\n\nTicket herunterladen: {link}',
      ],
      [
        'Online-Check-in für {flight} geöffnet',
        'Der Check-in für Ihren Flug {flight} am {date} ist jetzt geöffnet. Buchungscode: {ref}. Jetzt einchecken: {link}',
      ],
      [
        'Gate-Änderung: {flight}',
        'Ihr Flug {flight} nach {city} startet jetzt von Gate {gate}. Boarding weiterhin um {time}.',
      ],
    ],
    fr: [
      [
        'Enregistrement ouvert pour votre vol vers {city}',
        "Bonjour {name},\n\nL'enregistrement en ligne du vol {flight} du {date} est ouvert.\nRéférence de réservation : {ref}\n\nS'enregistrer : {link}",
      ],
      [
        "Votre carte d'embarquement – {flight}",
        "Vol {flight} · Siège {seat} · Porte {gate}\nFin de l'embarquement à {time}.",
      ],
      [
        'Réservation confirmée – {ref}',
        "Votre séjour à l'hôtel {brand} {city} est confirmé à partir du {date}, pour {count} nuits. Référence : {ref}. Gérer : {link}",
      ],
    ],
    es: [
      [
        'Ya puedes facturar tu vuelo a {city}',
        'Hola {name}:\n\nLa facturación online del vuelo {flight} del {date} ya está abierta.\nLocalizador: {ref}\n\nFacturar: {link}',
      ],
      [
        'Cambio de puerta: vuelo {flight}',
        'Atención: el vuelo {flight} a {city} embarcará por la puerta {gate}. La hora de embarque ({time}) no cambia.',
      ],
      [
        'Reserva confirmada – {ref}',
        'Tu billete de tren está confirmado: {city}, {date}, salida {time}, coche 4, plaza {seat}. Localizador {ref}. {link}',
      ],
    ],
    pt: [
      [
        'Check-in disponível para o voo para {city}',
        'Olá {name},\n\nO check-in online do voo {flight} de {date} já está aberto.\nReserva: {ref}\n\nFazer check-in: {link}',
      ],
      [
        'O seu cartão de embarque – {flight}',
        'Voo {flight} · Lugar {seat} · Porta {gate}\nO embarque fecha às {time}.',
      ],
      [
        'Mudança de porta: voo {flight}',
        'O voo {flight} para {city} embarca agora pela porta {gate}. A hora de embarque mantém-se: {time}.',
      ],
    ],
    it: [
      [
        'Check-in aperto per il volo per {city}',
        'Ciao {name},\n\nil check-in online per il volo {flight} del {date} è aperto.\nCodice prenotazione: {ref}\n\nEffettua il check-in: {link}',
      ],
      [
        'Prenotazione confermata – {ref}',
        'Il tuo biglietto è confermato: treno per {city}, {date}, partenza {time}, carrozza 6, posto {seat}.\nScarica il biglietto: {link}',
      ],
      [
        'Cambio gate: volo {flight}',
        "Il volo {flight} per {city} partirà dal gate {gate}. Orario d'imbarco invariato ({time}).",
      ],
    ],
    nl: [
      [
        'Inchecken geopend voor je vlucht naar {city}',
        'Hoi {name},\n\nOnline inchecken voor vlucht {flight} op {date} is nu mogelijk.\nBoekingscode: {ref}\n\nInchecken: {link}',
      ],
      [
        'Je instapkaart – {flight}',
        'Vlucht {flight} · Stoel {seat} · Gate {gate}\nHet boarden sluit om {time}.',
      ],
      [
        'Boeking bevestigd – {ref}',
        'Je verblijf in {brand} {city} is bevestigd vanaf {date}, {count} nachten. Boekingsnummer: {ref}. Beheren: {link}',
      ],
    ],
  },
}
