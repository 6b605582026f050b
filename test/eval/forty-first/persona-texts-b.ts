// The pensioner's and the traveller's everyday provider mail, one text per stream and language,
// written for this set (statements, card alerts and security mail reuse the shared texts).
import type { ByLang } from './wording.ts'

export const PENSION: ByLang = {
  en: [
    'Your pension payment for {month}',
    'Dear {name},\n\nYour pension of {amount} will be paid into your account ending {last4} on {date}. Your annual statement follows in January.\n\n{brand}',
  ],
  de: [
    'Ihre Rentenzahlung für {month}',
    'Sehr geehrte/r {name},\n\nIhre Rente über {amount} wird am {date} auf Ihr Konto mit Endziffern {last4} überwiesen. Die Jahresmitteilung folgt im Januar.\n\n{brand}',
  ],
  fr: [
    'Votre versement de retraite de {month}',
    'Madame, Monsieur {name},\n\nVotre pension de {amount} sera versée le {date} sur votre compte se terminant par {last4}. Votre relevé annuel suivra en janvier.\n\n{brand}',
  ],
  es: [
    'Tu pago de pensión de {month}',
    'Estimado/a {name}:\n\nSu pensión de {amount} se abonará el {date} en la cuenta terminada en {last4}. El certificado anual llegará en enero.\n\n{brand}',
  ],
  pt: [
    'O seu pagamento de pensão de {month}',
    'Caro(a) {name},\n\nA sua pensão de {amount} será paga a {date} na conta terminada em {last4}. A declaração anual segue em janeiro.\n\n{brand}',
  ],
  it: [
    'Il pagamento della tua pensione di {month}',
    'Gentile {name},\n\nla pensione di {amount} sarà accreditata il {date} sul conto che termina con {last4}. Il prospetto annuale arriverà a gennaio.\n\n{brand}',
  ],
  nl: [
    'Je pensioenuitkering over {month}',
    'Beste {name},\n\nJe pensioen van {amount} wordt op {date} gestort op je rekening eindigend op {last4}. Het jaaroverzicht volgt in januari.\n\n{brand}',
  ],
}

export const PHARMACY: ByLang = {
  en: [
    'Your prescription is ready to collect',
    'Hello {name},\n\nYour repeat prescription ({ref}) is ready at your local branch. Please collect it within 10 days.\n\n{brand}',
  ],
  de: [
    'Ihr Rezept liegt zur Abholung bereit',
    'Guten Tag {name},\n\nIhr Folgerezept ({ref}) liegt in Ihrer Filiale bereit. Bitte holen Sie es innerhalb von 10 Tagen ab.\n\n{brand}',
  ],
  fr: [
    'Votre ordonnance est prête',
    'Bonjour {name},\n\nVotre renouvellement d’ordonnance ({ref}) vous attend en pharmacie. Merci de le retirer sous 10 jours.\n\n{brand}',
  ],
  es: [
    'Tu receta está lista para recoger',
    'Hola {name}:\n\nTu receta ({ref}) está lista en tu farmacia. Recógela en los próximos 10 días.\n\n{brand}',
  ],
  pt: [
    'A sua receita está pronta a levantar',
    'Olá {name},\n\nA sua receita ({ref}) está pronta na farmácia. Levante-a nos próximos 10 dias.\n\n{brand}',
  ],
  it: [
    'La tua ricetta è pronta per il ritiro',
    'Buongiorno {name},\n\nla ricetta ({ref}) è pronta nella tua farmacia. Ritirala entro 10 giorni.\n\n{brand}',
  ],
  nl: [
    'Je herhaalrecept ligt klaar',
    'Hallo {name},\n\nJe herhaalrecept ({ref}) ligt klaar bij je apotheek. Haal het binnen 10 dagen op.\n\n{brand}',
  ],
}

export const BOOKING: ByLang = {
  en: [
    'Booking confirmed: {route} on {date}',
    'Hi {name},\n\nYour flight is booked.\n\nBooking reference: {code}\n{route}, {date}\nTotal paid: {amount}\n\nManage your booking: {link}\n\n{brand}',
  ],
  de: [
    'Buchung bestätigt: {route} am {date}',
    'Hallo {name},\n\nIhr Flug ist gebucht.\n\nBuchungscode: {code}\n{route}, {date}\nGezahlt: {amount}\n\nBuchung verwalten: {link}\n\n{brand}',
  ],
  fr: [
    'Réservation confirmée : {route} le {date}',
    'Bonjour {name},\n\nVotre vol est réservé.\n\nRéférence : {code}\n{route}, {date}\nMontant payé : {amount}\n\nGérer ma réservation : {link}\n\n{brand}',
  ],
  es: [
    'Reserva confirmada: {route} el {date}',
    'Hola {name}:\n\nTu vuelo está reservado.\n\nLocalizador: {code}\n{route}, {date}\nTotal pagado: {amount}\n\nGestionar reserva: {link}\n\n{brand}',
  ],
  pt: [
    'Reserva confirmada: {route} a {date}',
    'Olá {name},\n\nO seu voo está reservado.\n\nCódigo de reserva: {code}\n{route}, {date}\nTotal pago: {amount}\n\nGerir reserva: {link}\n\n{brand}',
  ],
  it: [
    'Prenotazione confermata: {route} il {date}',
    'Ciao {name},\n\nil tuo volo è prenotato.\n\nCodice di prenotazione: {code}\n{route}, {date}\nTotale pagato: {amount}\n\nGestisci prenotazione: {link}\n\n{brand}',
  ],
  nl: [
    'Boeking bevestigd: {route} op {date}',
    'Hallo {name},\n\nJe vlucht is geboekt.\n\nBoekingscode: {code}\n{route}, {date}\nBetaald: {amount}\n\nBoeking beheren: {link}\n\n{brand}',
  ],
}

export const CHECKIN: ByLang = {
  en: [
    'Check-in is now open for {route}',
    'Hi {name},\n\nOnline check-in for your flight {route} ({code}) is open. Check in now to choose your seat and get your boarding pass: {link}\n\n{brand}',
  ],
  de: [
    'Check-in für {route} ist geöffnet',
    'Hallo {name},\n\nder Online-Check-in für Ihren Flug {route} ({code}) ist geöffnet. Jetzt einchecken, Sitzplatz wählen und Bordkarte erhalten: {link}\n\n{brand}',
  ],
  fr: [
    'L’enregistrement est ouvert pour {route}',
    'Bonjour {name},\n\nL’enregistrement en ligne de votre vol {route} ({code}) est ouvert. Choisissez votre siège et obtenez votre carte d’embarquement : {link}\n\n{brand}',
  ],
  es: [
    'Ya puedes hacer el check-in para {route}',
    'Hola {name}:\n\nEl check-in online de tu vuelo {route} ({code}) ya está abierto. Elige asiento y descarga tu tarjeta de embarque: {link}\n\n{brand}',
  ],
  pt: [
    'O check-in para {route} já está aberto',
    'Olá {name},\n\nO check-in online do seu voo {route} ({code}) já está aberto. Escolha o lugar e obtenha o cartão de embarque: {link}\n\n{brand}',
  ],
  it: [
    'Il check-in per {route} è aperto',
    'Ciao {name},\n\nil check-in online del volo {route} ({code}) è aperto. Scegli il posto e ottieni la carta d’imbarco: {link}\n\n{brand}',
  ],
  nl: [
    'Inchecken voor {route} is geopend',
    'Hallo {name},\n\nOnline inchecken voor je vlucht {route} ({code}) is geopend. Kies je stoel en download je instapkaart: {link}\n\n{brand}',
  ],
}

export const HOTEL: ByLang = {
  en: [
    'Your stay is confirmed – {date}',
    'Dear {name},\n\nThank you for booking with {brand}. Confirmation number {ref}, arrival {date}, 2 nights, {amount} incl. taxes.\n\nCheck-in from 15:00. We look forward to welcoming you.',
  ],
  de: [
    'Ihr Aufenthalt ist bestätigt – {date}',
    'Sehr geehrte/r {name},\n\nvielen Dank für Ihre Buchung bei {brand}. Bestätigungsnummer {ref}, Anreise {date}, 2 Nächte, {amount} inkl. Steuern.\n\nCheck-in ab 15 Uhr. Wir freuen uns auf Sie.',
  ],
  fr: [
    'Votre séjour est confirmé – {date}',
    'Bonjour {name},\n\nMerci d’avoir réservé chez {brand}. Confirmation n° {ref}, arrivée le {date}, 2 nuits, {amount} TTC.\n\nArrivée à partir de 15 h. Au plaisir de vous accueillir.',
  ],
  es: [
    'Tu estancia está confirmada – {date}',
    'Estimado/a {name}:\n\nGracias por reservar en {brand}. Confirmación {ref}, llegada el {date}, 2 noches, {amount} impuestos incluidos.\n\nCheck-in a partir de las 15:00.',
  ],
  pt: [
    'A sua estadia está confirmada – {date}',
    'Caro(a) {name},\n\nObrigado por reservar no {brand}. Confirmação {ref}, chegada a {date}, 2 noites, {amount} com taxas.\n\nCheck-in a partir das 15:00.',
  ],
  it: [
    'Il tuo soggiorno è confermato – {date}',
    'Gentile {name},\n\ngrazie per aver prenotato presso {brand}. Conferma n. {ref}, arrivo il {date}, 2 notti, {amount} tasse incluse.\n\nCheck-in dalle 15:00.',
  ],
  nl: [
    'Je verblijf is bevestigd – {date}',
    'Beste {name},\n\nBedankt voor je boeking bij {brand}. Bevestigingsnummer {ref}, aankomst {date}, 2 nachten, {amount} incl. belastingen.\n\nInchecken vanaf 15:00.',
  ],
}

export const RENTAL: ByLang = {
  en: [
    'Your car rental reservation {ref}',
    'Hi {name},\n\nYour car is reserved: compact class, pick-up at the airport desk on {date} at 10:00.\nEstimated total: {amount}\n\nBring your driving licence and the card used for booking.\n\n{brand}',
  ],
  de: [
    'Ihre Mietwagenreservierung {ref}',
    'Hallo {name},\n\nIhr Fahrzeug ist reserviert: Kompaktklasse, Abholung am Flughafenschalter am {date} um 10:00.\nVoraussichtlich: {amount}\n\nBitte Führerschein und Buchungskarte mitbringen.\n\n{brand}',
  ],
  fr: [
    'Votre réservation de voiture {ref}',
    'Bonjour {name},\n\nVotre véhicule est réservé : catégorie compacte, retrait au comptoir de l’aéroport le {date} à 10 h.\nTotal estimé : {amount}\n\nMunissez-vous de votre permis et de la carte utilisée.\n\n{brand}',
  ],
  es: [
    'Tu reserva de coche {ref}',
    'Hola {name}:\n\nTu coche está reservado: categoría compacta, recogida en el mostrador del aeropuerto el {date} a las 10:00.\nTotal estimado: {amount}\n\nTrae el carné y la tarjeta de la reserva.\n\n{brand}',
  ],
  pt: [
    'A sua reserva de carro {ref}',
    'Olá {name},\n\nO seu carro está reservado: categoria compacta, levantamento no balcão do aeroporto a {date} às 10:00.\nTotal estimado: {amount}\n\nTraga a carta de condução e o cartão da reserva.\n\n{brand}',
  ],
  it: [
    'La tua prenotazione auto {ref}',
    'Ciao {name},\n\nla tua auto è prenotata: categoria compatta, ritiro al banco in aeroporto il {date} alle 10:00.\nTotale stimato: {amount}\n\nPorta la patente e la carta usata per la prenotazione.\n\n{brand}',
  ],
  nl: [
    'Je autohuurreservering {ref}',
    'Hallo {name},\n\nJe auto is gereserveerd: compacte klasse, ophalen bij de balie op het vliegveld op {date} om 10:00.\nGeschat totaal: {amount}\n\nNeem je rijbewijs en de boekingskaart mee.\n\n{brand}',
  ],
}
