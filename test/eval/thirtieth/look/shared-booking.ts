// Shared-document and calendar notifications, appointment and booking reminders.
import type { LookTexts } from './types.ts'

export const SHARED: LookTexts = {
  en: [
    [
      '{other} shared "Budget 2027" with you',
      '{other} ({brand}) shared a spreadsheet with you. Open: {link}',
    ],
    [
      'Invitation: Project sync @ {day} {time}',
      'You have been invited by {other}. Yes / Maybe / No. {link}',
    ],
    [
      'Updated invitation: meeting moved to {time}',
      '{other} changed the time of "Weekly check-in" to {day} {time}.',
    ],
  ],
  de: [
    ['{other} hat „Urlaubsplanung“ mit Ihnen geteilt', 'Öffnen: {link}'],
    [
      'Einladung: Teammeeting am {day} um {time}',
      '{other} hat Sie eingeladen. Zusagen / Absagen {link}',
    ],
    ['Termin verschoben: Abstimmung', 'Neue Zeit: {day}, {time}. Geändert von {other}.'],
  ],
  fr: [
    ['{other} a partagé « Compte rendu » avec vous', 'Ouvrir le document : {link}'],
    ['Invitation : point d’équipe le {day} à {time}', 'Organisateur : {other}. Répondre : {link}'],
    ['Réunion déplacée à {time}', '{other} a modifié « Point hebdo » : {day} {time}.'],
  ],
  es: [
    ['{other} ha compartido «Presupuesto» contigo', 'Abrir: {link}'],
    ['Invitación: reunión el {day} a las {time}', 'Organizador: {other}. Responder: {link}'],
    ['Evento actualizado: nueva hora {time}', '{other} cambió la reunión al {day}.'],
  ],
  pt: [
    ['{other} partilhou "Orçamento" consigo', 'Abrir: {link}'],
    ['Convite: reunião {day} às {time}', 'Organizador: {other}. Responder: {link}'],
    ['Reunião remarcada para {time}', '{other} alterou o evento para {day}.'],
  ],
  it: [
    ['{other} ha condiviso «Preventivo» con te', 'Apri: {link}'],
    ['Invito: riunione il {day} alle {time}', 'Organizzatore: {other}. Rispondi: {link}'],
    ['Riunione spostata alle {time}', '{other} ha modificato l’evento del {day}.'],
  ],
  nl: [
    ['{other} heeft "Begroting" met je gedeeld', 'Openen: {link}'],
    ['Uitnodiging: overleg {day} om {time}', 'Organisator: {other}. Reageren: {link}'],
    ['Afspraak verplaatst naar {time}', '{other} heeft het overleg verzet naar {day}.'],
  ],
}

export const BOOKING: LookTexts = {
  en: [
    [
      'Reminder: dental check-up {day} at {time}',
      'Dear {first}, this is a reminder of your appointment at {brand} Dental. To cancel, call us 24 h ahead.',
    ],
    ['Your table for 4 is confirmed', '{brand} Bistro, {day} at {time}. Booking ref {ref}.'],
    ['Your car service is tomorrow', '{brand} Garage expects you at {time}. MOT and oil change.'],
  ],
  de: [
    [
      'Terminerinnerung: {day}, {time} Uhr',
      'Liebe/r {first}, wir erinnern an Ihren Termin in der Praxis {brand}.',
    ],
    ['Tischreservierung bestätigt', 'Restaurant {brand}, {day} um {time}, 2 Personen. Nr. {ref}.'],
    ['Ihr Friseurtermin morgen', 'Salon {brand} erwartet Sie um {time}.'],
  ],
  fr: [
    [
      'Rappel : rendez-vous le {day} à {time}',
      'Cabinet {brand}. Pour annuler, merci de prévenir 24 h avant.',
    ],
    ['Réservation confirmée', 'Restaurant {brand}, {day} à {time}, réf. {ref}.'],
    ['Votre passage au garage', 'Garage {brand} : révision prévue {day} à {time}.'],
  ],
  es: [
    ['Recordatorio de cita: {day} a las {time}', 'Clínica {brand}. Si no puede acudir, avísenos.'],
    ['Reserva confirmada', 'Restaurante {brand}, {day} a las {time}. Ref. {ref}.'],
    ['Tu cita en la peluquería', '{brand} te espera mañana a las {time}.'],
  ],
  pt: [
    [
      'Lembrete de consulta: {day} às {time}',
      'Clínica {brand}. Em caso de impedimento, avise-nos.',
    ],
    ['Reserva confirmada', 'Restaurante {brand}, {day} às {time}. Ref. {ref}.'],
    ['Revisão do carro amanhã', 'Oficina {brand}: esperamos por si às {time}.'],
  ],
  it: [
    [
      'Promemoria appuntamento: {day} ore {time}',
      'Studio {brand}. Per disdire chiamare 24 ore prima.',
    ],
    ['Prenotazione confermata', 'Ristorante {brand}, {day} alle {time}. Rif. {ref}.'],
    ['Tagliando domani', 'Officina {brand}: ti aspettiamo alle {time}.'],
  ],
  nl: [
    [
      'Herinnering afspraak {day} om {time}',
      'Tandartspraktijk {brand}. Afzeggen kan tot 24 uur vooraf.',
    ],
    ['Reservering bevestigd', 'Restaurant {brand}, {day} om {time}. Nr. {ref}.'],
    ['Je kappersafspraak morgen', '{brand} verwacht je om {time}.'],
  ],
}
