// Everyday look-alike texts: replies on a ticket the person opened, shared documents and calendar
// changes, appointment and booking reminders, school / club / council / landlord notices.
import type { LookTexts } from './look-texts-1.ts'

export const TICKET_REPLY: LookTexts = {
  en: [
    [
      'Re: [#{ref}] {sent}',
      'Hi {first},\n\nThanks for your patience. I’ve checked ticket #{ref}: the replacement part ships tomorrow.\n\n{name}, {brand} support',
    ],
    [
      '[{brand}] Update on request #{ref}',
      '{name} replied to your request “{sent}”:\n\nCould you send a photo of the serial number? Then we can book the repair.',
    ],
    [
      'Your case {ref} has been solved',
      'We’ve marked “{sent}” as solved. Reply to this email within 7 days if anything is still wrong.',
    ],
  ],
  de: [
    [
      'AW: [#{ref}] {sent}',
      'Hallo {first},\n\ndanke für Ihre Geduld. Zu Ticket #{ref}: Das Ersatzteil geht morgen raus.\n\n{name}, {brand} Kundenservice',
    ],
    [
      '[{brand}] Neue Antwort zu Anfrage #{ref}',
      '{name} hat auf Ihre Anfrage „{sent}“ geantwortet:\n\nKönnten Sie uns ein Foto der Seriennummer schicken?',
    ],
    [
      'Ihr Fall {ref} wurde gelöst',
      'Wir haben „{sent}“ als gelöst markiert. Antworten Sie innerhalb von 7 Tagen, falls noch etwas offen ist.',
    ],
  ],
  fr: [
    [
      'RE : [#{ref}] {sent}',
      'Bonjour {first},\n\nMerci de votre patience. Pour le ticket #{ref}, la pièce part demain.\n\n{name}, service client {brand}',
    ],
    [
      '[{brand}] Nouvelle réponse à la demande #{ref}',
      '{name} a répondu à votre demande « {sent} » :\n\nPouvez-vous nous envoyer une photo du numéro de série ?',
    ],
    [
      'Votre demande {ref} est résolue',
      'Nous avons clôturé « {sent} ». Répondez sous 7 jours si le problème persiste.',
    ],
  ],
  es: [
    [
      'RE: [#{ref}] {sent}',
      'Hola {first}:\n\nGracias por la espera. Sobre el ticket #{ref}: la pieza sale mañana.\n\n{name}, atención al cliente {brand}',
    ],
    [
      '[{brand}] Respuesta a tu solicitud #{ref}',
      '{name} ha contestado a «{sent}»:\n\n¿Nos mandas una foto del número de serie?',
    ],
    [
      'Tu caso {ref} está resuelto',
      'Hemos cerrado «{sent}». Responde en 7 días si sigue sin funcionar.',
    ],
  ],
  pt: [
    [
      'RE: [#{ref}] {sent}',
      'Olá {first},\n\nObrigado pela paciência. Quanto ao pedido #{ref}, a peça segue amanhã.\n\n{name}, apoio ao cliente {brand}',
    ],
    [
      '[{brand}] Nova resposta no chamado #{ref}',
      '{name} respondeu ao seu chamado "{sent}":\n\nPode mandar uma foto do número de série?',
    ],
    [
      'O seu pedido {ref} foi resolvido',
      'Fechámos "{sent}". Responda em 7 dias se ainda houver problema.',
    ],
  ],
  it: [
    [
      'R: [#{ref}] {sent}',
      'Ciao {first},\n\ngrazie per la pazienza. Per il ticket #{ref}: il ricambio parte domani.\n\n{name}, assistenza {brand}',
    ],
    [
      '[{brand}] Nuova risposta alla richiesta #{ref}',
      '{name} ha risposto a «{sent}»:\n\nPuoi mandarci una foto del numero di serie?',
    ],
    [
      'La tua pratica {ref} è risolta',
      'Abbiamo chiuso «{sent}». Rispondi entro 7 giorni se il problema resta.',
    ],
  ],
  nl: [
    [
      'Re: [#{ref}] {sent}',
      'Hoi {first},\n\nBedankt voor je geduld. Over ticket #{ref}: het onderdeel gaat morgen op de post.\n\n{name}, klantenservice {brand}',
    ],
    [
      '[{brand}] Nieuwe reactie op verzoek #{ref}',
      '{name} heeft gereageerd op "{sent}":\n\nKun je een foto van het serienummer sturen?',
    ],
    [
      'Je melding {ref} is opgelost',
      'We hebben "{sent}" afgesloten. Reageer binnen 7 dagen als het nog niet werkt.',
    ],
  ],
}

export const SHARED: LookTexts = {
  en: [
    [
      '{name} shared “Budget 2027.xlsx” with you',
      '{name} has invited you to edit a spreadsheet on {brand}.\nOpen: {link}',
    ],
    [
      'Invitation: Project sync @ {date} {time}',
      '{name} has invited you to a meeting.\nWhen: {date} {time}\nJoin: {link}\nYes / Maybe / No',
    ],
    [
      'Updated invitation: Team lunch moved to Thursday',
      'The event organiser changed the time of this event. New time: Thursday {time}.',
    ],
  ],
  de: [
    [
      '{name} hat „Haushaltsplan 2027.xlsx“ mit Ihnen geteilt',
      '{name} lädt Sie ein, eine Tabelle auf {brand} zu bearbeiten.\nÖffnen: {link}',
    ],
    [
      'Einladung: Projektabstimmung am {date} um {time}',
      '{name} hat Sie zu einem Termin eingeladen.\nBeitreten: {link}\nJa / Vielleicht / Nein',
    ],
    [
      'Aktualisierte Einladung: Teamessen auf Donnerstag verschoben',
      'Der Organisator hat die Uhrzeit geändert. Neu: Donnerstag, {time}.',
    ],
  ],
  fr: [
    [
      '{name} a partagé « Budget 2027.xlsx » avec vous',
      '{name} vous invite à modifier un tableur sur {brand}.\nOuvrir : {link}',
    ],
    [
      'Invitation : point projet le {date} à {time}',
      '{name} vous invite à une réunion.\nRejoindre : {link}\nOui / Peut-être / Non',
    ],
    [
      'Invitation modifiée : déjeuner d’équipe déplacé à jeudi',
      'L’organisateur a changé l’heure. Nouvelle heure : jeudi {time}.',
    ],
  ],
  es: [
    [
      '{name} ha compartido «Presupuesto 2027.xlsx» contigo',
      '{name} te invita a editar una hoja de cálculo en {brand}.\nAbrir: {link}',
    ],
    [
      'Invitación: reunión de proyecto el {date} a las {time}',
      '{name} te ha invitado a una reunión.\nUnirse: {link}\nSí / Quizás / No',
    ],
    [
      'Invitación actualizada: la comida de equipo pasa al jueves',
      'El organizador ha cambiado la hora. Nueva hora: jueves {time}.',
    ],
  ],
  pt: [
    [
      '{name} partilhou "Orçamento 2027.xlsx" consigo',
      '{name} convidou-o a editar uma folha de cálculo no {brand}.\nAbrir: {link}',
    ],
    [
      'Convite: reunião de projeto em {date} às {time}',
      '{name} convidou você para uma reunião.\nEntrar: {link}\nSim / Talvez / Não',
    ],
    [
      'Convite atualizado: almoço da equipe mudou para quinta',
      'O organizador mudou o horário. Novo horário: quinta {time}.',
    ],
  ],
  it: [
    [
      '{name} ha condiviso «Budget 2027.xlsx» con te',
      '{name} ti invita a modificare un foglio su {brand}.\nApri: {link}',
    ],
    [
      'Invito: riunione di progetto il {date} alle {time}',
      '{name} ti ha invitato a una riunione.\nPartecipa: {link}\nSì / Forse / No',
    ],
    [
      'Invito aggiornato: pranzo di team spostato a giovedì',
      'L’organizzatore ha cambiato orario. Nuovo orario: giovedì {time}.',
    ],
  ],
  nl: [
    [
      '{name} heeft "Begroting 2027.xlsx" met je gedeeld',
      '{name} nodigt je uit een spreadsheet te bewerken op {brand}.\nOpenen: {link}',
    ],
    [
      'Uitnodiging: projectoverleg {date} om {time}',
      '{name} heeft je uitgenodigd voor een vergadering.\nDeelnemen: {link}\nJa / Misschien / Nee',
    ],
    [
      'Bijgewerkte uitnodiging: teamlunch verplaatst naar donderdag',
      'De organisator heeft de tijd aangepast. Nieuwe tijd: donderdag {time}.',
    ],
  ],
}

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

export const NOTICE: LookTexts = {
  en: [
    [
      'Year 5 trip: consent form by Friday',
      'Dear parents, please return the consent form for the museum trip by Friday. — {brand} Primary',
    ],
    [
      'Bin collection changes over the holidays',
      '{brand} Council: collections move one day later in the week of {date}.',
    ],
    [
      'Boiler service in your building',
      'Dear tenant, the engineer from {brand} Lettings will visit on {date} between 8 and 12.',
    ],
  ],
  de: [
    [
      'Elternbrief: Wandertag am {date}',
      'Liebe Eltern, bitte geben Sie den Abschnitt bis Freitag zurück. – {brand}-Grundschule',
    ],
    [
      'Geänderte Abfuhrtermine',
      'Gemeinde {brand}: In der Woche ab {date} verschiebt sich die Müllabfuhr um einen Tag.',
    ],
    [
      'Wartung der Heizungsanlage',
      'Sehr geehrte Mieterin, sehr geehrter Mieter, der Techniker von {brand} Hausverwaltung kommt am {date} zwischen 8 und 12 Uhr.',
    ],
  ],
  fr: [
    [
      'Sortie scolaire : autorisation avant vendredi',
      'Chers parents, merci de rendre l’autorisation avant vendredi. — École {brand}',
    ],
    [
      'Collecte des déchets : changement de jour',
      'Mairie de {brand} : la collecte est décalée d’un jour la semaine du {date}.',
    ],
    [
      'Entretien de la chaudière',
      'Madame, Monsieur, le technicien de la régie {brand} passera le {date} entre 8h et 12h.',
    ],
  ],
  es: [
    [
      'Excursión: autorización antes del viernes',
      'Familias: entregad la autorización antes del viernes. — Colegio {brand}',
    ],
    [
      'Cambio en la recogida de basuras',
      'Ayuntamiento de {brand}: la semana del {date} la recogida se retrasa un día.',
    ],
    [
      'Revisión de la caldera',
      'Estimado inquilino: el técnico de {brand} Administración pasará el {date} de 8 a 12.',
    ],
  ],
  pt: [
    [
      'Visita de estudo: autorização até sexta',
      'Caros encarregados de educação, entreguem a autorização até sexta. — Escola {brand}',
    ],
    [
      'Alteração na recolha do lixo',
      'Câmara de {brand}: na semana de {date} a recolha passa para o dia seguinte.',
    ],
    [
      'Manutenção do aquecedor',
      'Prezado inquilino, o técnico da {brand} Imóveis vem no dia {date} entre 8h e 12h.',
    ],
  ],
  it: [
    [
      'Gita scolastica: autorizzazione entro venerdì',
      'Gentili genitori, riconsegnate l’autorizzazione entro venerdì. — Scuola {brand}',
    ],
    [
      'Raccolta rifiuti: cambio di giorno',
      'Comune di {brand}: nella settimana del {date} la raccolta slitta di un giorno.',
    ],
    [
      'Manutenzione caldaia',
      'Gentile inquilino, il tecnico di {brand} Immobiliare passerà il {date} tra le 8 e le 12.',
    ],
  ],
  nl: [
    [
      'Schoolreisje: toestemmingsformulier vóór vrijdag',
      'Beste ouders, lever het formulier uiterlijk vrijdag in. — Basisschool {brand}',
    ],
    [
      'Afvalinzameling verschuift',
      'Gemeente {brand}: in de week van {date} wordt een dag later opgehaald.',
    ],
    [
      'Onderhoud cv-ketel',
      'Beste huurder, de monteur van {brand} Verhuur komt op {date} tussen 8 en 12 uur.',
    ],
  ],
}
