// Look-alike texts of one class (appointment), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const APPOINTMENT: LookTexts = {
  en: [
    [
      'Reminder: dental check-up on {date} at {time}',
      'Dear {first}, this is a reminder of your appointment at {brand}. To rearrange, call us at least 24 hours before.',
    ],
    [
      'Your MOT is booked',
      '{brand} Garage: we’ll see you on {date} at {time}. Please leave the key at reception.',
    ],
    [
      'Table for 4 confirmed',
      'Thanks {first}! Your table at {brand} is booked for {date}, {time}. Running late? Reply to this email.',
    ],
  ],
  de: [
    [
      'Erinnerung: Ihr Termin am {date} um {time}',
      'Liebe/r {first}, wir erinnern an Ihren Termin in der Praxis {brand}. Absagen bitte bis 24 Stunden vorher.',
    ],
    [
      'Reifenwechsel gebucht',
      'Werkstatt {brand}: Wir erwarten Sie am {date} um {time}. Schlüssel bitte an der Annahme abgeben.',
    ],
    [
      'Ihr Friseurtermin bei {brand}',
      'Bis bald, {first}! {date}, {time} – Waschen, Schneiden, Föhnen.',
    ],
  ],
  fr: [
    [
      'Rappel : rendez-vous le {date} à {time}',
      'Bonjour {first}, nous vous rappelons votre rendez-vous au cabinet {brand}. Pour annuler, prévenez 24 h avant.',
    ],
    [
      'Votre contrôle technique est réservé',
      'Garage {brand} : nous vous attendons le {date} à {time}.',
    ],
    [
      'Réservation confirmée : table pour 2',
      'Merci {first} ! Votre table chez {brand} est réservée le {date} à {time}.',
    ],
  ],
  es: [
    [
      'Recordatorio: cita el {date} a las {time}',
      'Hola {first}, te recordamos tu cita en la clínica {brand}. Para cambiarla, avísanos 24 h antes.',
    ],
    ['Tu ITV está reservada', 'Taller {brand}: te esperamos el {date} a las {time}.'],
    [
      'Mesa reservada',
      '¡Gracias, {first}! Tu mesa en {brand} está lista para el {date} a las {time}.',
    ],
  ],
  pt: [
    [
      'Lembrete: consulta a {date} às {time}',
      'Olá {first}, lembramos a sua consulta na clínica {brand}. Para remarcar, avise com 24 h de antecedência.',
    ],
    ['Revisão do carro agendada', 'Oficina {brand}: esperamos você em {date} às {time}.'],
    ['Seu horário no salão', 'Até breve, {first}! {brand}, {date} às {time} – corte e escova.'],
  ],
  it: [
    [
      'Promemoria: appuntamento il {date} alle {time}',
      'Gentile {first}, le ricordiamo l’appuntamento presso lo studio {brand}. Per disdire avvisi 24 ore prima.',
    ],
    ['Tagliando prenotato', 'Officina {brand}: ti aspettiamo il {date} alle {time}.'],
    [
      'Prenotazione confermata',
      'Grazie {first}! Il tuo tavolo da {brand} è prenotato per il {date} alle {time}.',
    ],
  ],
  nl: [
    [
      'Herinnering: afspraak op {date} om {time}',
      'Beste {first}, we herinneren je aan je afspraak bij praktijk {brand}. Afzeggen graag 24 uur van tevoren.',
    ],
    ['APK ingepland', 'Garage {brand}: we zien je op {date} om {time}.'],
    ['Je kappersafspraak', 'Tot snel, {first}! {brand}, {date} om {time} – knippen en föhnen.'],
  ],
}
