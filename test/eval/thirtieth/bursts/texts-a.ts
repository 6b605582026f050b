// Burst texts for en, de, fr, es.
import type { BurstTexts } from './types.ts'

export const EN: BurstTexts = {
  roles: ['Data Analyst', 'Project Coordinator', 'UX Researcher', 'Operations Lead'],
  job: [
    [
      'Thank you for applying to {brand}',
      'Hi {first},\nThanks for your application for {role}. We have received it and our recruiting team will review it. If your profile matches, we will be in touch within two weeks.\n{brand} Talent Team',
    ],
    [
      'Application received: {role}',
      'Dear {first}, this confirms we have received your application for the position of {role} (ref. {ref}). You can follow its status in your candidate portal: {link}',
    ],
  ],
  items: ['wool jumper (M)', 'running shoes 42', 'desk lamp', 'pack of 3 socks', 'ceramic mug set'],
  order: [
    [
      'Order confirmation #{ref}',
      'Thanks for your order, {first}!\nItems: {items}\nTotal: {amount}\nEstimated delivery: {day}',
    ],
    ['We have got your order!', '{brand} order {ref}: {items}. Paid {amount}. Arriving {day}.'],
  ],
  shipped: ['Your {brand} order {ref} has shipped', 'On its way! Tracking {code}. Expected {day}.'],
  sectors: [
    'Bank',
    'Insurance',
    'Energy',
    'Mobile',
    'Post Office',
    'Magazine',
    'Broadband',
    'Pension',
  ],
  move: [
    [
      'We have received your change of address',
      'Dear {first}, we have received your request to update your address. Reference {ref}. The change will apply within 5 working days.',
    ],
    [
      'Address update request {ref}',
      'Thanks {first}, your new address has been noted. Your next statement will go to the new address.',
    ],
  ],
  customer: [
    [
      'Your November statement is ready',
      'Hi {first}, your statement from {brand} is available in your account.',
    ],
    ['News from {brand}', 'Tips for the winter and a look at what is new this month.'],
  ],
  code: [
    '{code} is your {brand} code',
    'Enter this code on your new device to sign in: {code}. Requested at {day}.',
  ],
  alert: [
    'New sign-in on Android',
    'We noticed a new sign-in to your {brand} account from {device}. If this was you, you can ignore this email.',
  ],
  trip: [
    [
      'Booking confirmed: London – Porto, {day}',
      'Booking reference {ref}. Total paid {amount}. Online check-in opens 30 hours before departure.',
    ],
    [
      'Your stay at {brand} is confirmed',
      'Confirmation {ref}, 3 nights from {day}. Total {amount}, pay at the hotel.',
    ],
    [
      'Car rental reservation {ref}',
      'Compact car, pick-up Porto Airport {day}. Estimated total {amount}.',
    ],
    [
      'Your travel insurance policy',
      'Policy {ref} covers your trip from {day}. Premium paid {amount}.',
    ],
    [
      'Airport parking booked',
      'Space booked from {day}. Booking {ref}, paid {amount}. Show the QR code at the barrier.',
    ],
  ],
  events: [
    'Intro to Watercolour',
    'Cloud Costs Webinar',
    'Community Half Marathon',
    'Evening Spanish A2',
  ],
  event: [
    [
      'You are registered: {event}',
      'Hi {first}, your place for {event} on {day} is confirmed. Add it to your calendar: {link}',
    ],
    ['Registration confirmed', 'Thanks for signing up for {event}. Ticket no. {ref}.'],
  ],
  confirmFirst: [
    'Please confirm your email to complete registration',
    'Click to confirm your address for {event}: {link}',
  ],
}

export const DE: BurstTexts = {
  roles: [
    'Sachbearbeiter Buchhaltung',
    'Projektmanagerin',
    'Werkstudent Marketing',
    'Teamleitung Logistik',
  ],
  job: [
    [
      'Ihre Bewerbung bei {brand}',
      'Hallo {first},\nvielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen. Wir melden uns nach Prüfung innerhalb von 14 Tagen.\nIhr Recruiting-Team {brand}',
    ],
    [
      'Eingangsbestätigung Ihrer Bewerbung',
      'Sehr geehrte/r {first}, wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle {role} (Kennziffer {ref}). Status: {link}',
    ],
  ],
  items: ['Winterjacke', 'Laufschuhe 42', 'Schreibtischlampe', 'Bettwäsche-Set', 'Kaffeemühle'],
  order: [
    [
      'Bestellbestätigung Nr. {ref}',
      'Danke für deine Bestellung, {first}!\nArtikel: {items}\nGesamt: {amount}\nVoraussichtliche Lieferung: {day}',
    ],
    [
      'Wir haben Ihre Bestellung erhalten',
      'Bestellung {ref} bei {brand}: {items}. Summe {amount}. Lieferung bis {day}.',
    ],
  ],
  shipped: [
    'Ihre Bestellung {ref} wurde versandt',
    'Sendungsnummer {code}, Zustellung voraussichtlich {day}.',
  ],
  sectors: [
    'Bank',
    'Versicherung',
    'Stadtwerke',
    'Mobilfunk',
    'Post',
    'Zeitschrift',
    'Krankenkasse',
    'Internet',
  ],
  move: [
    [
      'Ihre Adressänderung ist bei uns eingegangen',
      'Guten Tag {first}, wir haben Ihre Mitteilung über die neue Anschrift erhalten. Vorgangsnummer {ref}. Die Änderung wird in wenigen Tagen wirksam.',
    ],
    [
      'Bestätigung: neue Anschrift',
      'Hallo {first}, danke für deine Umzugsmeldung. Wir haben die Adresse geändert. Referenz {ref}.',
    ],
  ],
  customer: [
    [
      'Ihr Kontoauszug ist da',
      'Hallo {first}, Ihr aktueller Auszug von {brand} liegt im Postfach bereit.',
    ],
    ['Neuigkeiten von {brand}', 'Spartipps für den Winter und unsere Neuheiten.'],
  ],
  code: ['{code} ist Ihr {brand}-Code', 'Geben Sie diesen Code auf Ihrem neuen Gerät ein: {code}.'],
  alert: [
    'Neue Anmeldung auf einem Android-Gerät',
    'Ihr {brand}-Konto wurde gerade auf {device} verwendet. Waren Sie das, ist nichts zu tun.',
  ],
  trip: [
    [
      'Buchungsbestätigung Flug München – Lissabon',
      'Buchungscode {ref}, Abflug {day}. Gesamtpreis {amount}.',
    ],
    [
      'Ihre Hotelbuchung bei {brand}',
      'Bestätigungsnummer {ref}, Anreise {day}, 4 Nächte, {amount}.',
    ],
    ['Mietwagen reserviert', 'Reservierung {ref}, Abholung Flughafen {day}, ca. {amount}.'],
    ['Ihre Reiseversicherung', 'Police {ref}, gültig ab {day}. Beitrag {amount}.'],
    ['Parkplatz am Flughafen gebucht', 'Buchung {ref} ab {day}, bezahlt {amount}.'],
  ],
  events: [
    'Töpferkurs für Einsteiger',
    'Webinar Steuererklärung',
    'Stadtlauf 10 km',
    'Italienisch A1',
  ],
  event: [
    [
      'Anmeldung bestätigt: {event}',
      'Hallo {first}, dein Platz für {event} am {day} ist reserviert. {link}',
    ],
    ['Ihre Teilnahme an {event}', 'Vielen Dank für Ihre Anmeldung. Teilnehmernummer {ref}.'],
  ],
  confirmFirst: [
    'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    'Um die Anmeldung zu {event} abzuschließen: {link}',
  ],
}

export const FR: BurstTexts = {
  roles: ['Chargée de projet', 'Comptable', 'Analyste de données', 'Responsable logistique'],
  job: [
    [
      'Votre candidature chez {brand}',
      'Bonjour {first},\nNous vous remercions pour votre candidature au poste de {role}. Elle a bien été reçue et sera étudiée par nos équipes.\nL’équipe recrutement {brand}',
    ],
    [
      'Accusé de réception de votre candidature',
      'Bonjour {first}, votre candidature ({role}, réf. {ref}) nous est bien parvenue. Suivi : {link}',
    ],
  ],
  items: ['pull en laine', 'baskets 39', 'lampe de bureau', 'parure de lit', 'théière'],
  order: [
    [
      'Confirmation de commande n° {ref}',
      'Merci {first} !\nArticles : {items}\nTotal : {amount}\nLivraison estimée : {day}',
    ],
    [
      'Nous avons bien reçu votre commande',
      'Commande {ref} chez {brand} : {items}. Montant {amount}. Livraison le {day}.',
    ],
  ],
  shipped: [
    'Votre commande {ref} est en route',
    'Numéro de suivi {code}. Livraison prévue le {day}.',
  ],
  sectors: [
    'Banque',
    'Assurance',
    'Énergie',
    'Mobile',
    'La Poste',
    'Magazine',
    'Mutuelle',
    'Box internet',
  ],
  move: [
    [
      'Votre changement d’adresse a bien été pris en compte',
      'Bonjour {first}, nous avons reçu votre demande de changement d’adresse. Référence {ref}.',
    ],
    [
      'Demande de modification d’adresse reçue',
      'Bonjour, votre nouvelle adresse sera active sous 5 jours ouvrés. Dossier {ref}.',
    ],
  ],
  customer: [
    ['Votre relevé est disponible', 'Bonjour {first}, votre relevé {brand} est en ligne.'],
    ['Les nouvelles de {brand}', 'Nos conseils de saison et nos nouveautés.'],
  ],
  code: ['{code} est votre code {brand}', 'Saisissez ce code sur votre nouvel appareil : {code}.'],
  alert: [
    'Nouvelle connexion sur Android',
    'Votre compte {brand} a été utilisé sur {device}. Si c’était vous, rien à faire.',
  ],
  trip: [
    [
      'Réservation confirmée : Lyon – Lisbonne',
      'Référence {ref}, départ le {day}. Total payé {amount}.',
    ],
    ['Votre séjour à l’hôtel {brand}', 'Confirmation {ref}, arrivée le {day}, {amount}.'],
    ['Location de voiture confirmée', 'Réservation {ref}, prise en charge le {day}, {amount}.'],
    ['Votre assurance voyage', 'Contrat {ref} à partir du {day}. Prime {amount}.'],
    ['Parking aéroport réservé', 'Réservation {ref} à partir du {day}, {amount}.'],
  ],
  events: ['Atelier aquarelle', 'Webinaire impôts', 'Course des 10 km', 'Cours d’italien'],
  event: [
    [
      'Inscription confirmée : {event}',
      'Bonjour {first}, votre place pour {event} le {day} est réservée. {link}',
    ],
    ['Merci pour votre inscription', '{event} – billet n° {ref}.'],
  ],
  confirmFirst: [
    'Confirmez votre adresse e-mail',
    'Pour finaliser votre inscription à {event} : {link}',
  ],
}

export const ES: BurstTexts = {
  roles: [
    'Técnica de proyectos',
    'Administrativo contable',
    'Analista de datos',
    'Jefe de almacén',
  ],
  job: [
    [
      'Hemos recibido tu candidatura',
      'Hola {first}:\nGracias por tu interés en el puesto de {role} en {brand}. Hemos recibido tu candidatura y la revisaremos con atención.\nEquipo de Selección',
    ],
    [
      'Confirmación de inscripción en la oferta {role}',
      'Estimado/a {first}, su solicitud (ref. {ref}) ha quedado registrada. Consulte el estado en {link}',
    ],
  ],
  items: [
    'jersey de lana',
    'zapatillas 40',
    'lámpara de escritorio',
    'juego de sábanas',
    'cafetera',
  ],
  order: [
    [
      'Confirmación de tu pedido {ref}',
      '¡Gracias, {first}!\nArtículos: {items}\nTotal: {amount}\nEntrega estimada: {day}',
    ],
    ['Pedido recibido', 'Pedido {ref} en {brand}: {items}. Importe {amount}. Llega el {day}.'],
  ],
  shipped: ['Tu pedido {ref} ya está en camino', 'Seguimiento {code}. Entrega el {day}.'],
  sectors: ['Banco', 'Seguros', 'Energía', 'Móvil', 'Correos', 'Revista', 'Fibra', 'Mutua'],
  move: [
    [
      'Hemos recibido tu solicitud de cambio de domicilio',
      'Hola {first}, tu petición está registrada con la referencia {ref}.',
    ],
    [
      'Cambio de dirección tramitado',
      'Estimado/a {first}, le confirmamos la recepción de su solicitud. Nº {ref}.',
    ],
  ],
  customer: [
    ['Tu extracto ya está disponible', 'Hola {first}, consulta tu extracto de {brand}.'],
    ['Novedades de {brand}', 'Consejos de temporada y novedades.'],
  ],
  code: [
    '{code} es tu código de {brand}',
    'Introduce este código en tu nuevo dispositivo: {code}.',
  ],
  alert: [
    'Nuevo inicio de sesión en Android',
    'Tu cuenta {brand} se ha usado en {device}. Si fuiste tú, no hagas nada.',
  ],
  trip: [
    ['Reserva confirmada: Madrid – Oporto', 'Localizador {ref}, salida {day}. Total {amount}.'],
    ['Tu reserva en el hotel {brand}', 'Confirmación {ref}, llegada {day}, {amount}.'],
    ['Alquiler de coche confirmado', 'Reserva {ref}, recogida {day}, {amount}.'],
    ['Tu seguro de viaje', 'Póliza {ref} desde el {day}. Prima {amount}.'],
    ['Parking del aeropuerto reservado', 'Reserva {ref} desde el {day}, {amount}.'],
  ],
  events: [
    'Taller de cerámica',
    'Webinar de la renta',
    'Carrera popular 10K',
    'Curso de inglés B1',
  ],
  event: [
    [
      'Inscripción confirmada: {event}',
      'Hola {first}, tu plaza para {event} el {day} está reservada. {link}',
    ],
    ['Gracias por inscribirte', '{event} – entrada nº {ref}.'],
  ],
  confirmFirst: [
    'Confirma tu correo electrónico',
    'Para completar la inscripción en {event}: {link}',
  ],
}
