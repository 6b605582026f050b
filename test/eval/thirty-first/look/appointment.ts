// Class 7: appointment and booking reminders (doctor, garage, hairdresser, restaurant).
// Slots {brand} {name} {date} {time} {link} {ref}.
import type { Lang } from '../../types.ts'

export const APPOINTMENT: Record<Lang, readonly string[]> = {
  en: [
    'Reminder: your appointment on {date} at {time}|Hi {name}, this is a reminder of your appointment with Dr Okafor at {brand}. Need to change it? {link}',
    'Your MOT is booked|{brand} garage: we’ll see you on {date} at {time}. Please bring the locking wheel nut key.',
    'Table for 4 confirmed|{brand}: your table is booked for {date} at {time}. Running late? Call us. Ref {ref}',
  ],
  de: [
    'Erinnerung: Ihr Termin am {date} um {time}|Guten Tag {name}, wir erinnern an Ihren Termin in der Praxis {brand}. Absagen bitte bis 24 h vorher: {link}',
    'Reifenwechsel gebucht|Autohaus {brand}: Wir erwarten Sie am {date} um {time}.',
    'Tischreservierung bestätigt|{brand}: Ihr Tisch für 2 Personen am {date} um {time}. Reservierung {ref}',
  ],
  fr: [
    'Rappel : votre rendez-vous le {date} à {time}|Bonjour {name}, rappel de votre rendez-vous au cabinet {brand}. Pour annuler : {link}',
    'Votre révision est planifiée|Garage {brand} : rendez-vous le {date} à {time}.',
    'Réservation confirmée pour 4 personnes|{brand} : votre table est réservée le {date} à {time}. Réf. {ref}',
  ],
  es: [
    'Recordatorio: tu cita el {date} a las {time}|Hola {name}, te recordamos tu cita en la clínica {brand}. ¿Necesitas cambiarla? {link}',
    'Cita en el taller confirmada|Talleres {brand}: te esperamos el {date} a las {time}.',
    'Reserva confirmada para 4|{brand}: tu mesa está reservada el {date} a las {time}. Ref. {ref}',
  ],
  pt: [
    'Lembrete: a sua consulta a {date} às {time}|Olá {name}, lembramos a sua consulta na clínica {brand}. Para remarcar: {link}',
    'Seu horário no salão|{brand}: te esperamos dia {date} às {time} para corte e escova.',
    'Reserva confirmada para 4 pessoas|{brand}: mesa reservada para {date} às {time}. Ref. {ref}',
  ],
  it: [
    'Promemoria: appuntamento il {date} alle {time}|Gentile {name}, le ricordiamo l’appuntamento presso lo studio {brand}. Per disdire: {link}',
    'Tagliando prenotato|Officina {brand}: ti aspettiamo il {date} alle {time}.',
    'Prenotazione confermata per 4|{brand}: tavolo prenotato per il {date} alle {time}. Rif. {ref}',
  ],
  nl: [
    'Herinnering: je afspraak op {date} om {time}|Hoi {name}, een herinnering aan je afspraak bij praktijk {brand}. Verzetten? {link}',
    'APK-afspraak bevestigd|Garage {brand}: we zien je op {date} om {time}.',
    'Reservering bevestigd voor 4|{brand}: je tafel staat klaar op {date} om {time}. Ref. {ref}',
  ],
}
