// 7. Appointment and booking reminders: doctor, dentist, garage, hairdresser, restaurant.
import type { LookClass } from './types.ts'

export const APPOINTMENT: LookClass = {
  name: 'appointment',
  label: 'ham',
  sender: 'brand',
  brands: ['{Stem} Dental', '{Stem} Auto', 'Salon {Stem}', 'Trattoria {Stem}', '{Stem} Clinic'],
  locals: ['reminders', 'booking', 'info', 'noreply'],
  texts: {
    en: [
      [
        'Reminder: your appointment on {date}',
        'Dear {name},\n\nThis is a reminder of your appointment with Dr {sender} at {brand} on {date} at {time}.\n\nPlease arrive 10 minutes early and bring your insurance card. To cancel or reschedule, call us or use {link} at least 24 hours before.\n\n{brand}',
      ],
      [
        'Your car service is booked',
        'Hi {name}, your {brand} service slot is confirmed for {date}, {time}. Drop the keys at reception. Manage booking: {link}',
      ],
      [
        'See you tomorrow at {time} ✂️',
        'Hi {name}! Just a reminder of your cut & colour with {sender} tomorrow at {time}. Need to change? {link}',
      ],
    ],
    de: [
      [
        'Terminerinnerung: {date}, {time}',
        'Sehr geehrte/r {name},\n\nwir erinnern Sie an Ihren Termin in der Praxis {brand} am {date} um {time}.\n\nBitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte bis 24 Stunden vorher unter {link}.',
      ],
      [
        'Ihre Tischreservierung bei {brand}',
        'Hallo {name},\n\nwir freuen uns auf Sie: Tisch für {count} Personen am {date} um {time}.\n\nÄndern oder stornieren: {link}',
      ],
      [
        'Werkstatttermin bestätigt',
        'Ihr Fahrzeug ist für die Inspektion am {date} um {time} eingeplant. {brand} Autoservice',
      ],
    ],
    fr: [
      [
        'Rappel : rendez-vous le {date} à {time}',
        "Bonjour {name},\n\nNous vous rappelons votre rendez-vous avec le Dr {sender} au cabinet {brand} le {date} à {time}.\n\nEn cas d'empêchement, merci d'annuler au moins 24 h à l'avance : {link}",
      ],
      [
        'Votre réservation chez {brand}',
        'Bonjour {name}, votre table pour {count} personnes est réservée le {date} à {time}. Modifier : {link}',
      ],
      [
        'Rendez-vous coiffure demain',
        'Coucou {name} ! On vous attend demain à {time} chez {brand}. Un empêchement ? {link}',
      ],
    ],
    es: [
      [
        'Recordatorio de cita: {date}',
        'Estimado/a {name}:\n\nLe recordamos su cita en la clínica {brand} el {date} a las {time}.\n\nSi no puede asistir, anúlela con 24 horas de antelación en {link}.',
      ],
      [
        'Tu reserva en {brand}',
        '¡Hola {name}! Mesa para {count} el {date} a las {time}. Modificar reserva: {link}',
      ],
      [
        'Cita en el taller confirmada',
        'Su vehículo tiene cita para la revisión el {date} a las {time}. {brand}',
      ],
    ],
    pt: [
      [
        'Lembrete: consulta a {date}',
        'Caro(a) {name},\n\nRecordamos a sua consulta na clínica {brand} no dia {date} às {time}.\n\nSe não puder comparecer, desmarque com 24 horas de antecedência em {link}.',
      ],
      [
        'A sua reserva no {brand}',
        'Olá {name}! Mesa para {count} pessoas, {date} às {time}. Alterar reserva: {link}',
      ],
      [
        'Marcação no cabeleireiro amanhã',
        'Olá {name}, até amanhã às {time} no {brand}! Precisa de remarcar? {link}',
      ],
    ],
    it: [
      [
        'Promemoria appuntamento: {date}',
        "Gentile {name},\n\nle ricordiamo l'appuntamento presso lo studio {brand} il {date} alle {time}.\n\nIn caso di impedimento la preghiamo di disdire con 24 ore di anticipo: {link}",
      ],
      [
        'La tua prenotazione da {brand}',
        'Ciao {name}! Tavolo per {count} il {date} alle {time}. Modifica: {link}',
      ],
      [
        'Tagliando confermato',
        'La sua auto è prenotata per il tagliando il {date} alle {time}. Officina {brand}',
      ],
    ],
    nl: [
      [
        'Herinnering: afspraak op {date}',
        'Beste {name},\n\nWe herinneren je aan je afspraak bij tandartspraktijk {brand} op {date} om {time}.\n\nVerhinderd? Zeg uiterlijk 24 uur van tevoren af via {link}.',
      ],
      [
        'Je reservering bij {brand}',
        'Hoi {name}! Tafel voor {count} personen op {date} om {time}. Wijzigen: {link}',
      ],
      ['Kappersafspraak morgen', 'Hoi {name}, tot morgen om {time} bij {brand}! Toch niet? {link}'],
    ],
  },
}
