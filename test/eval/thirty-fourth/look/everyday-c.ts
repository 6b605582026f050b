// Look-alike texts written for this set: appointment and booking reminders, school, club,
// council or landlord notices, app and service notices.
import type { LookTexts } from './types.ts'

export const APPOINTMENTS: LookTexts = {
  en: [
    [
      'Reminder: dentist {day} at {time}',
      'Your appointment at {brand} is confirmed. Need to change it? Call us 24 h ahead.',
    ],
    ['Your table for 4 🍽️', 'See you {day} at {time} at {brand}. Reply CANCEL if plans change.'],
    ['Haircut tomorrow', 'Hi {first}, a quick reminder of your booking with Jess at {time}.'],
  ],
  de: [
    [
      'Terminerinnerung: {day}, {time} Uhr',
      'Ihr Termin in der Praxis {brand} steht. Absagen bitte 24 Stunden vorher.',
    ],
    ['Ihre Tischreservierung', 'Wir freuen uns auf Sie am {day} um {time} Uhr.'],
    ['Morgen: Friseur', 'Hallo {first}, nur zur Erinnerung an deinen Termin um {time}.'],
  ],
  fr: [
    [
      'Rappel : rendez-vous le {day} à {time}',
      'Votre rendez-vous chez {brand} est confirmé. Pour annuler, prévenez-nous 24 h avant.',
    ],
    ['Votre réservation 🍽️', 'À {day} à {time} ! Table pour 2 au nom de {first}.'],
    ['Coiffeur demain', 'Petit rappel de votre rendez-vous à {time}.'],
  ],
  es: [
    [
      'Recordatorio de cita: {day} a las {time}',
      'Tu cita en {brand} está confirmada. Para cancelar avísanos con 24 h.',
    ],
    ['Tu reserva', 'Te esperamos el {day} a las {time}. Mesa para 4.'],
    ['Mañana: peluquería', 'Hola {first}, te recordamos tu cita a las {time}.'],
  ],
  pt: [
    [
      'Lembrete de consulta: {day} às {time}',
      'Sua consulta na {brand} está confirmada. Para desmarcar, avise com 24 h.',
    ],
    ['Sua reserva 🍽️', 'Esperamos você {day} às {time}.'],
    ['Amanhã: cabeleireiro', 'Oi {first}, lembrete do seu horário às {time}.'],
  ],
  it: [
    [
      'Promemoria appuntamento: {day} ore {time}',
      'Il tuo appuntamento presso {brand} è confermato. Per disdire avvisa 24 ore prima.',
    ],
    ['La tua prenotazione', 'Ti aspettiamo {day} alle {time}. Tavolo per 2.'],
    ['Domani: parrucchiere', 'Ciao {first}, ti ricordiamo l’appuntamento delle {time}.'],
  ],
  nl: [
    [
      'Herinnering: afspraak {day} om {time}',
      'Je afspraak bij {brand} staat vast. Afzeggen kan tot 24 uur vooraf.',
    ],
    ['Je reservering', 'We zien je {day} om {time}. Tafel voor 4.'],
    ['Morgen: kapper', 'Hoi {first}, even een herinnering aan je afspraak om {time}.'],
  ],
}

export const NOTICES: LookTexts = {
  en: [
    [
      'Parents’ evening on {day}',
      'Dear parents, sign-up slots for parents’ evening are open until Friday. Mrs Holt, Year 5',
    ],
    [
      'Bin collection changes over the holidays',
      'The council will collect recycling one day later in the week after Christmas.',
    ],
    [
      'Boiler service in your building',
      'Dear tenant, an engineer will visit flats 1-12 on {day} between 8 and 12.',
    ],
  ],
  de: [
    [
      'Elternabend am {day}',
      'Liebe Eltern, bitte tragen Sie sich bis Freitag in die Liste ein. Klassenleitung 4b',
    ],
    ['Geänderte Öffnungszeiten', 'Das Bürgerbüro ist zwischen den Jahren nur vormittags geöffnet.'],
    [
      'Wartung der Heizung',
      'Sehr geehrte Mieter, am {day} wird die Heizungsanlage gewartet. Ihre Hausverwaltung',
    ],
  ],
  fr: [
    [
      'Réunion parents-professeurs le {day}',
      'Chers parents, inscrivez-vous avant vendredi. La maîtresse de CM1',
    ],
    [
      'Horaires de la mairie pendant les fêtes',
      'La mairie sera fermée le samedi matin jusqu’au 3 janvier.',
    ],
    [
      'Entretien de la chaudière',
      'Madame, Monsieur, le technicien passera le {day} entre 8 h et 12 h. Le syndic',
    ],
  ],
  es: [
    [
      'Reunión de padres el {day}',
      'Queridas familias, apuntaos antes del viernes. Tutora de 4.º B',
    ],
    [
      'Horario especial del ayuntamiento',
      'Durante las fiestas la oficina abrirá solo por la mañana.',
    ],
    [
      'Revisión de la caldera',
      'Estimado inquilino, el técnico pasará el {day} de 8 a 12. La administración',
    ],
  ],
  pt: [
    ['Reunião de pais dia {day}', 'Prezadas famílias, confirmem presença até sexta. Coordenação'],
    ['Horário de fim de ano', 'A prefeitura funcionará em horário reduzido nas festas.'],
    [
      'Manutenção do elevador',
      'Prezado morador, o elevador ficará parado no dia {day} pela manhã. A síndica',
    ],
  ],
  it: [
    [
      'Colloqui con i genitori il {day}',
      'Gentili genitori, prenotate il colloquio entro venerdì. La coordinatrice',
    ],
    [
      'Orari del comune durante le feste',
      'Gli uffici saranno aperti solo al mattino fino al 6 gennaio.',
    ],
    [
      'Manutenzione caldaia',
      'Gentile condomino, il tecnico passerà il {day} dalle 8 alle 12. L’amministratore',
    ],
  ],
  nl: [
    ['Ouderavond op {day}', 'Beste ouders, schrijf je in voor vrijdag. Juf Anouk, groep 6'],
    [
      'Openingstijden rond de feestdagen',
      'Het gemeentehuis is tussen kerst en oud en nieuw alleen ’s ochtends open.',
    ],
    [
      'Onderhoud cv-ketel',
      'Beste huurder, de monteur komt op {day} tussen 8 en 12 uur. Uw verhuurder',
    ],
  ],
}

export const APP_NOTICES: LookTexts = {
  en: [
    [
      'Your 2026 in review 🎉',
      '{first}, you listened to 412 hours on {brand} this year. See your highlights.',
    ],
    [
      'We’re updating our terms',
      'The new {brand} terms apply from 1 January. No action is needed.',
    ],
    [
      'Your storage is almost full',
      'You have used 95 % of your {brand} storage. Free up space or upgrade.',
    ],
  ],
  de: [
    ['Dein Jahresrückblick 2026', 'Sieh dir an, was du auf {brand} dieses Jahr erlebt hast.'],
    ['Änderung unserer AGB', 'Die neuen Nutzungsbedingungen von {brand} gelten ab 1. Januar.'],
    ['Ihr Abo verlängert sich', 'Ihr {brand}-Jahresabo verlängert sich am {day} automatisch.'],
  ],
  fr: [
    ['Votre année 2026 en résumé', 'Découvrez vos moments forts sur {brand}.'],
    [
      'Mise à jour de nos conditions',
      'Les nouvelles conditions de {brand} s’appliquent au 1er janvier.',
    ],
    ['Stockage presque plein', 'Vous utilisez 95 % de votre espace {brand}.'],
  ],
  es: [
    ['Tu año 2026 en {brand}', 'Descubre tus momentos destacados del año.'],
    [
      'Actualizamos nuestras condiciones',
      'Las nuevas condiciones de {brand} se aplican desde el 1 de enero.',
    ],
    ['Tu plan se renueva pronto', 'Tu suscripción anual se renovará el {day}.'],
  ],
  pt: [
    ['Sua retrospectiva 2026', 'Veja seus destaques do ano no {brand}.'],
    ['Atualizamos nossos termos', 'Os novos termos do {brand} valem a partir de 1º de janeiro.'],
    ['Armazenamento quase cheio', 'Você usou 95 % do seu espaço no {brand}.'],
  ],
  it: [
    ['Il tuo 2026 su {brand}', 'Scopri i momenti più belli del tuo anno.'],
    ['Aggiornamento dei termini', 'I nuovi termini di {brand} valgono dal 1° gennaio.'],
    ['Spazio quasi esaurito', 'Hai usato il 95 % dello spazio di {brand}.'],
  ],
  nl: [
    ['Jouw 2026 in een notendop', 'Bekijk je hoogtepunten van dit jaar op {brand}.'],
    ['We passen onze voorwaarden aan', 'De nieuwe voorwaarden van {brand} gelden vanaf 1 januari.'],
    ['Je abonnement wordt verlengd', 'Je jaarabonnement wordt op {day} automatisch verlengd.'],
  ],
}
