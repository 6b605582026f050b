// Look-alike texts of one class (travel), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const TRAVEL: LookTexts = {
  en: [
    [
      'Check-in is now open for your flight to Lisbon',
      'Hi {first}, online check-in for booking {ref} is open. Flight departs {date} {time}. Check in: {link}',
    ],
    [
      'Your boarding pass',
      'Boarding pass for {first} — booking {ref}, seat 14C. Gate closes 20 minutes before departure.',
    ],
    [
      'Gate change: now gate B32',
      'Your {brand} flight on {date} now leaves from gate B32. Departure time unchanged: {time}.',
    ],
  ],
  de: [
    [
      'Check-in für Ihren Flug nach Palma ist geöffnet',
      'Hallo {first}, der Online-Check-in für Buchung {ref} ist offen. Abflug {date} {time}: {link}',
    ],
    [
      'Ihre Bordkarte',
      'Bordkarte für {first} – Buchung {ref}, Sitz 22A. Das Gate schließt 20 Minuten vor Abflug.',
    ],
    [
      'Buchung bestätigt: Ferienhaus an der Ostsee',
      'Ihre Buchung {ref} bei {brand} ist bestätigt. Anreise {date} ab 15 Uhr.',
    ],
  ],
  fr: [
    [
      'L’enregistrement est ouvert pour votre vol vers Porto',
      'Bonjour {first}, l’enregistrement en ligne du dossier {ref} est ouvert. Départ le {date} à {time} : {link}',
    ],
    ['Votre carte d’embarquement', 'Carte d’embarquement de {first} — dossier {ref}, siège 9F.'],
    [
      'Changement de voie : votre TGV part voie 7',
      'Votre train {brand} du {date} partira voie 7 à {time}.',
    ],
  ],
  es: [
    [
      'Ya puedes facturar tu vuelo a Roma',
      'Hola {first}, la facturación online de la reserva {ref} está abierta. Salida {date} {time}: {link}',
    ],
    ['Tu tarjeta de embarque', 'Tarjeta de embarque de {first} — reserva {ref}, asiento 17B.'],
    [
      'Cambio de puerta: ahora puerta K86',
      'Tu vuelo de {brand} del {date} sale ahora por la puerta K86 a las {time}.',
    ],
  ],
  pt: [
    [
      'Check-in disponível para o seu voo para Madrid',
      'Olá {first}, o check-in online da reserva {ref} está aberto. Partida {date} {time}: {link}',
    ],
    ['Seu cartão de embarque', 'Cartão de embarque de {first} — reserva {ref}, assento 21D.'],
    [
      'Reserva confirmada: hotel em Ouro Preto',
      'Sua reserva {ref} com {brand} está confirmada. Check-in em {date} a partir das 14h.',
    ],
  ],
  it: [
    [
      'Check-in aperto per il tuo volo per Parigi',
      'Ciao {first}, il check-in online della prenotazione {ref} è aperto. Partenza {date} {time}: {link}',
    ],
    ['La tua carta d’imbarco', 'Carta d’imbarco di {first} — prenotazione {ref}, posto 11A.'],
    [
      'Cambio binario: il tuo Frecciarossa parte dal binario 9',
      'Il treno {brand} del {date} parte dal binario 9 alle {time}.',
    ],
  ],
  nl: [
    [
      'Inchecken geopend voor je vlucht naar Barcelona',
      'Hoi {first}, online inchecken voor boeking {ref} is geopend. Vertrek {date} {time}: {link}',
    ],
    ['Je instapkaart', 'Instapkaart voor {first} — boeking {ref}, stoel 6C.'],
    [
      'Gatewijziging: nu gate D7',
      'Je vlucht met {brand} op {date} vertrekt nu van gate D7 om {time}.',
    ],
  ],
}
