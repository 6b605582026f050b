// Look-alike texts, "subject|body": replies on a ticket the person opened, shared documents and
// calendar notices, appointment and booking reminders, school / club / council / landlord notices.
import type { Lang } from '../../types.ts'

type T = Record<Lang, readonly string[]>

/** {subject} is the person's own earlier mail to the company, {n} its ticket number. */
export const TICKET_REPLY: T = {
  en: [
    'Re: {subject} [#{n}]|Hi {first},\n\nThanks for your patience. I’ve checked ticket #{n} and the replacement part ships tomorrow.\n\n> {subject}\n\nOwen, {brand} Support',
    '[{brand} #{n}] Re: {subject}|Hello {first}, our technician looked into your case #{n}; could you send a photo of the label?',
    'Update on your case #{n}|Your ticket "{subject}" has been resolved. Reply to this email to reopen it.',
  ],
  de: [
    'AW: {subject} [Ticket #{n}]|Hallo {first},\n\ndanke für Ihre Geduld. Zu Ticket #{n}: Das Ersatzteil geht morgen raus.\n\n> {subject}\n\nLena, {brand} Service',
    '[{brand} #{n}] AW: {subject}|Guten Tag, zu Ihrem Fall #{n} benötigen wir noch ein Foto des Typenschilds.',
    'Ihr Ticket #{n} wurde gelöst|Ihr Anliegen „{subject}“ ist erledigt. Antworten Sie, um es wieder zu öffnen.',
  ],
  fr: [
    'RE : {subject} [#{n}]|Bonjour {first},\n\nMerci de votre patience. Concernant le ticket n° {n}, la pièce part demain.\n\n> {subject}\n\nCamille, service client {brand}',
    '[{brand} #{n}] RE : {subject}|Bonjour, pour votre dossier {n}, pourriez-vous nous envoyer une photo de l’étiquette ?',
    'Votre demande n° {n} est résolue|La demande « {subject} » est close. Répondez pour la rouvrir.',
  ],
  es: [
    'RE: {subject} [#{n}]|Hola {first}:\n\nGracias por la espera. Sobre el ticket #{n}, la pieza sale mañana.\n\n> {subject}\n\nNuria, soporte {brand}',
    '[{brand} #{n}] RE: {subject}|Hola, para su caso {n} necesitamos una foto de la etiqueta.',
    'Su caso #{n} ha sido resuelto|La consulta "{subject}" está cerrada. Responda para reabrirla.',
  ],
  pt: [
    'RE: {subject} [#{n}]|Olá {first},\n\nObrigado pela paciência. Sobre o ticket #{n}, a peça segue amanhã.\n\n> {subject}\n\nRui, apoio {brand}',
    '[{brand} #{n}] RE: {subject}|Oi, para o seu chamado {n} precisamos de uma foto da etiqueta.',
    'O seu pedido #{n} foi resolvido|O pedido "{subject}" foi fechado. Responda para o reabrir.',
  ],
  it: [
    'R: {subject} [#{n}]|Ciao {first},\n\ngrazie per la pazienza. Per il ticket #{n} il ricambio parte domani.\n\n> {subject}\n\nGiulia, assistenza {brand}',
    '[{brand} #{n}] R: {subject}|Buongiorno, per la pratica {n} ci serve una foto dell’etichetta.',
    'La sua richiesta #{n} è stata risolta|La richiesta "{subject}" è chiusa. Risponda per riaprirla.',
  ],
  nl: [
    'Re: {subject} [#{n}]|Hoi {first},\n\nBedankt voor je geduld. Voor ticket #{n} wordt het onderdeel morgen verstuurd.\n\n> {subject}\n\nSanne, {brand} klantenservice',
    '[{brand} #{n}] Re: {subject}|Goedendag, voor uw melding {n} hebben we nog een foto van het typeplaatje nodig.',
    'Uw ticket #{n} is opgelost|Uw vraag "{subject}" is afgesloten. Antwoord om hem te heropenen.',
  ],
}

export const SHARED: T = {
  en: [
    '{sender} shared "Budget {n}.xlsx" with you|{sender} invited you to edit a spreadsheet. Open: {link}',
    'Invitation: Planning sync @ {date} 10:00|{sender} has invited you. Yes / Maybe / No — view on {brand} calendar.',
    'Updated: Team lunch moved to {date}|{sender} changed the time of this event. View: {link}',
  ],
  de: [
    '{sender} hat „Budget {n}.xlsx“ mit Ihnen geteilt|{sender} hat Sie zum Bearbeiten eingeladen. Öffnen: {link}',
    'Einladung: Abstimmung am {date} um 10:00|{sender} hat Sie eingeladen. Zusagen / Vielleicht / Absagen.',
    'Geändert: Teamessen verschoben auf {date}|{sender} hat die Uhrzeit geändert.',
  ],
  fr: [
    '{sender} a partagé « Budget {n}.xlsx » avec vous|{sender} vous invite à modifier un tableur. Ouvrir : {link}',
    'Invitation : point planning le {date} à 10 h|{sender} vous a invité. Oui / Peut-être / Non.',
    'Modifié : déjeuner d’équipe déplacé au {date}|{sender} a modifié l’horaire.',
  ],
  es: [
    '{sender} ha compartido "Presupuesto {n}.xlsx" contigo|{sender} te invita a editar una hoja. Abrir: {link}',
    'Invitación: reunión de planificación el {date} a las 10:00|{sender} te ha invitado. Sí / Quizás / No.',
    'Actualizado: la comida del equipo pasa al {date}|{sender} cambió la hora del evento.',
  ],
  pt: [
    '{sender} partilhou "Orçamento {n}.xlsx" consigo|{sender} convidou-o a editar uma folha. Abrir: {link}',
    'Convite: reunião de planejamento em {date} às 10h|{sender} convidou você. Sim / Talvez / Não.',
    'Atualizado: almoço da equipa passou para {date}|{sender} alterou a hora.',
  ],
  it: [
    '{sender} ha condiviso "Budget {n}.xlsx" con te|{sender} ti ha invitato a modificare un foglio. Apri: {link}',
    'Invito: riunione di pianificazione il {date} alle 10:00|{sender} ti ha invitato. Sì / Forse / No.',
    'Aggiornato: pranzo di team spostato al {date}|{sender} ha cambiato l’orario.',
  ],
  nl: [
    '{sender} heeft "Begroting {n}.xlsx" met je gedeeld|{sender} nodigt je uit om te bewerken. Openen: {link}',
    'Uitnodiging: planningsoverleg op {date} om 10:00|{sender} heeft je uitgenodigd. Ja / Misschien / Nee.',
    'Gewijzigd: teamlunch verplaatst naar {date}|{sender} heeft de tijd aangepast.',
  ],
}

export const APPOINTMENT: T = {
  en: [
    'Reminder: dental check-up on {date} at {time}|Dear {first}, this is a reminder of your appointment at {brand}. To change it, call us or use {link}.',
    'Your MOT is booked – {date}|{brand} Garage: please drop the car off by {time}.',
    'Table for 4 confirmed, {date} {time}|See you at {brand}! Need to change? {link}',
  ],
  de: [
    'Erinnerung: Zahnarzttermin am {date} um {time}|Guten Tag {first}, wir erinnern an Ihren Termin in der Praxis {brand}. Absagen bitte 24 Stunden vorher.',
    'Ihr Werkstatttermin am {date}|{brand}: Bitte bringen Sie das Auto bis {time}.',
    'Dein Termin beim Friseur: {date}, {time}|Wir freuen uns auf dich! Salon {brand}',
  ],
  fr: [
    'Rappel : rendez-vous chez le dentiste le {date} à {time}|Bonjour {first}, nous vous rappelons votre rendez-vous au cabinet {brand}.',
    'Votre passage au garage le {date}|{brand} : merci de déposer le véhicule avant {time}.',
    'Table pour 4 confirmée, {date} {time}|À bientôt chez {brand} ! Modifier : {link}',
  ],
  es: [
    'Recordatorio: cita con el dentista el {date} a las {time}|Hola {first}, le recordamos su cita en la clínica {brand}.',
    'Tu cita en el taller: {date}|{brand}: deja el coche antes de las {time}.',
    'Reserva confirmada: mesa para 4, {date} {time}|¡Te esperamos en {brand}!',
  ],
  pt: [
    'Lembrete: consulta no dentista a {date} às {time}|Olá {first}, lembramos a sua consulta na clínica {brand}.',
    'Seu horário na oficina: {date}|{brand}: deixe o carro até às {time}.',
    'Reserva confirmada: mesa para 4, {date} {time}|Até já no {brand}!',
  ],
  it: [
    'Promemoria: visita dal dentista il {date} alle {time}|Gentile {first}, le ricordiamo l’appuntamento presso lo studio {brand}.',
    'Il tuo tagliando in officina: {date}|{brand}: lascia l’auto entro le {time}.',
    'Prenotazione confermata: tavolo per 4, {date} {time}|Ti aspettiamo da {brand}!',
  ],
  nl: [
    'Herinnering: tandartsafspraak op {date} om {time}|Beste {first}, we herinneren u aan uw afspraak bij {brand}.',
    'Je APK-afspraak op {date}|{brand}: breng de auto vóór {time}.',
    'Reservering bevestigd: tafel voor 4, {date} {time}|Tot dan bij {brand}!',
  ],
}

export const NOTICE: T = {
  en: [
    'School trip on {date}: consent form|Dear parents, Year 5 visit the science museum on {date}. Please return the slip by Friday. — {brand} Primary',
    'Water off in your building on {date}|Dear tenant, maintenance will cut the water from 9:00 to 13:00. {brand} Lettings',
    'Club AGM and subs for next season|Members, the annual meeting of {brand} FC is on {date} at {time}.',
  ],
  de: [
    'Elternbrief: Wandertag am {date}|Liebe Eltern, bitte geben Sie die Einverständniserklärung bis Freitag ab. Grundschule {brand}',
    'Hausverwaltung: Wasserabstellung am {date}|Sehr geehrte Mieter, am {date} wird von 9 bis 13 Uhr das Wasser abgestellt.',
    'Gemeinde {brand}: Sperrmülltermin|Ihr Termin für die Sperrmüllabholung ist am {date}.',
  ],
  fr: [
    'Sortie scolaire du {date} : autorisation|Chers parents, merci de rendre le coupon avant vendredi. École {brand}',
    'Coupure d’eau le {date}|Madame, Monsieur, une intervention coupera l’eau de 9 h à 13 h. Syndic {brand}',
    'Mairie de {brand} : collecte des encombrants|Votre rendez-vous de collecte est fixé au {date}.',
  ],
  es: [
    'Excursión escolar del {date}: autorización|Estimadas familias, entreguen la autorización antes del viernes. Colegio {brand}',
    'Corte de agua el {date}|Estimado inquilino, habrá un corte de 9:00 a 13:00. Administración {brand}',
    'Asamblea del club {brand}|Socios: la asamblea anual será el {date} a las {time}.',
  ],
  pt: [
    'Visita de estudo a {date}: autorização|Caros encarregados de educação, devolvam a autorização até sexta. Escola {brand}',
    'Corte de água no dia {date}|Caro condómino, haverá corte das 9h às 13h. Administração {brand}',
    'Prefeitura de {brand}: coleta de volumosos|Sua coleta está agendada para {date}.',
  ],
  it: [
    'Gita scolastica del {date}: autorizzazione|Gentili genitori, riconsegnate il modulo entro venerdì. Scuola {brand}',
    'Sospensione acqua il {date}|Gentile condomino, l’acqua sarà sospesa dalle 9 alle 13. Amministrazione {brand}',
    'Comune di {brand}: ritiro ingombranti|Il ritiro è fissato per il {date}.',
  ],
  nl: [
    'Schoolreisje op {date}: toestemming|Beste ouders, lever het strookje vóór vrijdag in. Basisschool {brand}',
    'Water afgesloten op {date}|Beste huurder, van 9 tot 13 uur is er geen water. Beheer {brand}',
    'Gemeente {brand}: grofvuil ophalen|Uw afspraak voor grofvuil is op {date}.',
  ],
}
