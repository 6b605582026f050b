// Look-alike texts (ticket replies, shared documents, appointments, notices), "subject|body",
// written for this set.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const TICKET: Texts = {
  en: [
    'Re: [#{ref}] {orig}|Hi {first}, thanks for your patience. We have sent a replacement part; it should arrive by {date}.\nTicket #{ref}',
    '[#{ref}] Update on your request|Hello {first}, our technician looked at your case "{orig}" and needs a photo of the serial number. Just reply to this mail.',
    'Your request #{ref} has been solved|We believe your question "{orig}" is answered. Reply within 7 days to reopen it.',
  ],
  de: [
    'AW: [#{ref}] {orig}|Hallo {first}, danke für Ihre Geduld. Das Ersatzteil ist unterwegs und kommt bis {date}.\nVorgang #{ref}',
    '[#{ref}] Neuigkeiten zu Ihrer Anfrage|Guten Tag {first}, unser Techniker hat sich „{orig}“ angesehen und braucht ein Foto der Seriennummer. Antworten Sie einfach auf diese Mail.',
    'Ihre Anfrage #{ref} wurde gelöst|Wir denken, „{orig}“ ist beantwortet. Antworten Sie innerhalb von 7 Tagen, um sie wieder zu öffnen.',
  ],
  fr: [
    'RE: [#{ref}] {orig}|Bonjour {first}, merci de votre patience. La pièce de rechange part aujourd’hui et arrive d’ici le {date}.\nDossier #{ref}',
    '[#{ref}] Point sur votre demande|Bonjour {first}, notre technicien a examiné « {orig} » et a besoin d’une photo du numéro de série. Répondez simplement à ce message.',
    'Votre demande #{ref} est résolue|Nous pensons avoir répondu à « {orig} ». Répondez sous 7 jours pour la rouvrir.',
  ],
  es: [
    'RE: [#{ref}] {orig}|Hola {first}, gracias por tu paciencia. Te hemos enviado la pieza de repuesto; llegará antes del {date}.\nCaso #{ref}',
    '[#{ref}] Novedades de tu consulta|Hola {first}, nuestro técnico revisó «{orig}» y necesita una foto del número de serie. Responde a este correo.',
    'Tu solicitud #{ref} está resuelta|Creemos que «{orig}» está respondida. Contesta en 7 días para reabrirla.',
  ],
  pt: [
    'RE: [#{ref}] {orig}|Olá {first}, obrigado pela paciência. Enviámos a peça de substituição; chega até {date}.\nPedido #{ref}',
    '[#{ref}] Novidades sobre o seu pedido|Olá {first}, o nosso técnico analisou "{orig}" e precisa de uma foto do número de série. Basta responder.',
    'O seu pedido #{ref} foi resolvido|Achamos que "{orig}" está respondido. Responda em 7 dias para o reabrir.',
  ],
  it: [
    'R: [#{ref}] {orig}|Ciao {first}, grazie della pazienza. Abbiamo spedito il ricambio; arriva entro il {date}.\nPratica #{ref}',
    '[#{ref}] Aggiornamento sulla tua richiesta|Ciao {first}, il tecnico ha esaminato "{orig}" e ha bisogno di una foto del numero di serie. Rispondi pure a questa email.',
    'La tua richiesta #{ref} è stata risolta|Pensiamo che "{orig}" abbia avuto risposta. Rispondi entro 7 giorni per riaprirla.',
  ],
  nl: [
    'Re: [#{ref}] {orig}|Hoi {first}, bedankt voor je geduld. Het vervangende onderdeel is verstuurd en komt uiterlijk {date}.\nMelding #{ref}',
    '[#{ref}] Update over je vraag|Hallo {first}, onze monteur bekeek "{orig}" en heeft een foto van het serienummer nodig. Antwoord gewoon op deze mail.',
    'Je verzoek #{ref} is opgelost|We denken dat "{orig}" beantwoord is. Reageer binnen 7 dagen om het te heropenen.',
  ],
}

export const SHARED: Texts = {
  en: [
    '{who} shared "Budget {date}" with you|{who} gave you edit access to a spreadsheet on {brand}. Open: {link}',
    'Invitation: Planning sync @ {date} {time}|{who} invited you. Join with {brand}: {link}\nYes · Maybe · No',
    'Updated: Team lunch moved to {time}|{who} changed the time of this event. View on {brand}: {link}',
  ],
  de: [
    '{who} hat „Budget {date}“ mit Ihnen geteilt|{who} hat Ihnen Bearbeitungsrechte für eine Tabelle auf {brand} gegeben. Öffnen: {link}',
    'Einladung: Planungsrunde am {date} um {time}|{who} hat Sie eingeladen. Teilnehmen über {brand}: {link}\nJa · Vielleicht · Nein',
    'Geändert: Teamessen jetzt um {time}|{who} hat die Uhrzeit geändert. Auf {brand} ansehen: {link}',
  ],
  fr: [
    '{who} a partagé « Budget {date} » avec vous|{who} vous a donné accès en modification à un tableur sur {brand}. Ouvrir : {link}',
    'Invitation : point planning le {date} à {time}|{who} vous a invité. Rejoindre avec {brand} : {link}\nOui · Peut-être · Non',
    'Modifié : le déjeuner d’équipe passe à {time}|{who} a changé l’horaire. Voir sur {brand} : {link}',
  ],
  es: [
    '{who} ha compartido «Presupuesto {date}» contigo|{who} te dio permiso de edición en una hoja de {brand}. Abrir: {link}',
    'Invitación: reunión de planificación el {date} a las {time}|{who} te ha invitado. Únete con {brand}: {link}\nSí · Quizás · No',
    'Actualizado: la comida del equipo pasa a las {time}|{who} cambió la hora. Ver en {brand}: {link}',
  ],
  pt: [
    '{who} partilhou "Orçamento {date}" consigo|{who} deu-lhe acesso de edição a uma folha na {brand}. Abrir: {link}',
    'Convite: reunião de planeamento a {date} às {time}|{who} convidou-o. Entrar com {brand}: {link}\nSim · Talvez · Não',
    'Atualizado: almoço da equipa passa para as {time}|{who} alterou a hora. Ver na {brand}: {link}',
  ],
  it: [
    '{who} ha condiviso "Budget {date}" con te|{who} ti ha dato accesso in modifica a un foglio su {brand}. Apri: {link}',
    'Invito: riunione di pianificazione il {date} alle {time}|{who} ti ha invitato. Partecipa con {brand}: {link}\nSì · Forse · No',
    'Aggiornato: il pranzo di team si sposta alle {time}|{who} ha cambiato l’orario. Vedi su {brand}: {link}',
  ],
  nl: [
    '{who} heeft "Budget {date}" met je gedeeld|{who} gaf je bewerkrechten op een spreadsheet in {brand}. Openen: {link}',
    'Uitnodiging: planningsoverleg op {date} om {time}|{who} heeft je uitgenodigd. Deelnemen via {brand}: {link}\nJa · Misschien · Nee',
    'Gewijzigd: teamlunch nu om {time}|{who} heeft de tijd aangepast. Bekijk in {brand}: {link}',
  ],
}

export const APPOINTMENT: Texts = {
  en: [
    'Reminder: dental check-up on {date} at {time}|Dear {first}, this is a reminder of your appointment at {brand}. To move it, call us at least 24 hours ahead.',
    'Your car service at {brand} is tomorrow|Please drop the car off by {time}. Booking ref {ref}.',
    'Table for 4 confirmed – {brand}, {date} {time}|We look forward to seeing you. Running late? Reply to this mail.',
  ],
  de: [
    'Erinnerung: Zahnarzttermin am {date} um {time}|Hallo {first}, wir erinnern an Ihren Termin in der Praxis {brand}. Absagen bitte 24 Stunden vorher.',
    'Ihr Werkstatttermin bei {brand} ist morgen|Bitte bringen Sie das Auto bis {time}. Buchung {ref}.',
    'Tisch für 4 bestätigt – {brand}, {date} {time}|Wir freuen uns auf Sie. Verspätung? Einfach antworten.',
  ],
  fr: [
    'Rappel : rendez-vous chez le dentiste le {date} à {time}|Bonjour {first}, petit rappel de votre rendez-vous au cabinet {brand}. Pour le déplacer, appelez 24 h avant.',
    'Votre révision chez {brand}, c’est demain|Merci de déposer la voiture avant {time}. Réservation {ref}.',
    'Table pour 4 confirmée – {brand}, {date} {time}|Au plaisir de vous accueillir. Un retard ? Répondez à ce message.',
  ],
  es: [
    'Recordatorio: cita con el dentista el {date} a las {time}|Hola {first}, te recordamos tu cita en la clínica {brand}. Para cambiarla, llama con 24 horas.',
    'Tu revisión del coche en {brand} es mañana|Deja el coche antes de las {time}. Reserva {ref}.',
    'Mesa para 4 confirmada – {brand}, {date} {time}|Te esperamos. ¿Llegas tarde? Responde a este correo.',
  ],
  pt: [
    'Lembrete: consulta no dentista a {date} às {time}|Olá {first}, lembramos a sua consulta na clínica {brand}. Para remarcar, ligue com 24 horas.',
    'A revisão do carro na {brand} é amanhã|Deixe o carro até às {time}. Reserva {ref}.',
    'Mesa para 4 confirmada – {brand}, {date} {time}|Até já. Vai atrasar-se? Responda a este e-mail.',
  ],
  it: [
    'Promemoria: visita dal dentista il {date} alle {time}|Gentile {first}, le ricordiamo l’appuntamento allo studio {brand}. Per spostarlo chiami 24 ore prima.',
    'Il tagliando da {brand} è domani|Lascia l’auto entro le {time}. Prenotazione {ref}.',
    'Tavolo per 4 confermato – {brand}, {date} {time}|Vi aspettiamo. In ritardo? Rispondi a questa email.',
  ],
  nl: [
    'Herinnering: tandartsafspraak op {date} om {time}|Beste {first}, we herinneren je aan je afspraak bij praktijk {brand}. Verzetten kan tot 24 uur vooraf.',
    'Je onderhoudsbeurt bij {brand} is morgen|Breng de auto vóór {time}. Boeking {ref}.',
    'Tafel voor 4 bevestigd – {brand}, {date} {time}|Tot dan! Later? Antwoord op deze mail.',
  ],
}

export const NOTICE: Texts = {
  en: [
    'Class 4B: trip to the science museum on {date}|Dear parents, please sign the consent form by Friday. Cost: {amount}. {who}, class teacher',
    'Tennis club: courts closed for resurfacing|From {date} the outdoor courts are closed for two weeks. The committee of {brand}',
    'Notice from your landlord: water off on {date}|Between 9:00 and {time} the water is off for pipe work in block C. {brand} Property',
  ],
  de: [
    'Klasse 4b: Ausflug ins Naturkundemuseum am {date}|Liebe Eltern, bitte die Einverständniserklärung bis Freitag abgeben. Kosten: {amount}. {who}, Klassenleitung',
    'Tennisverein: Plätze wegen Sanierung gesperrt|Ab {date} sind die Außenplätze zwei Wochen gesperrt. Der Vorstand von {brand}',
    'Mitteilung der Hausverwaltung: Wasser abgestellt am {date}|Zwischen 9:00 und {time} ist das Wasser wegen Arbeiten in Haus C abgestellt. {brand} Immobilien',
  ],
  fr: [
    'CM1 B : sortie au muséum le {date}|Chers parents, merci de signer l’autorisation avant vendredi. Coût : {amount}. {who}, enseignant(e)',
    'Club de tennis : courts fermés pour travaux|À partir du {date}, les courts extérieurs sont fermés deux semaines. Le bureau de {brand}',
    'Avis du syndic : coupure d’eau le {date}|Entre 9 h et {time}, l’eau sera coupée pour travaux au bâtiment C. {brand} Gestion',
  ],
  es: [
    '4.º B: excursión al museo de ciencias el {date}|Estimadas familias, firmad la autorización antes del viernes. Coste: {amount}. {who}, tutor/a',
    'Club de tenis: pistas cerradas por obras|Desde el {date} las pistas exteriores cierran dos semanas. La junta de {brand}',
    'Aviso de la comunidad: corte de agua el {date}|Entre las 9:00 y las {time} se corta el agua por obras en el bloque C. {brand} Administración',
  ],
  pt: [
    '4.º B: visita ao museu da ciência a {date}|Caros pais, assinem a autorização até sexta. Custo: {amount}. {who}, professor(a)',
    'Clube de ténis: campos fechados para obras|A partir de {date} os campos exteriores fecham duas semanas. A direção da {brand}',
    'Aviso do condomínio: corte de água a {date}|Entre as 9:00 e as {time} a água é cortada por obras no bloco C. {brand} Administração',
  ],
  it: [
    'Classe 4B: gita al museo della scienza il {date}|Cari genitori, firmate l’autorizzazione entro venerdì. Costo: {amount}. {who}, insegnante',
    'Circolo tennis: campi chiusi per lavori|Dal {date} i campi esterni restano chiusi due settimane. Il direttivo di {brand}',
    'Avviso dell’amministratore: acqua sospesa il {date}|Tra le 9:00 e le {time} l’acqua è sospesa per lavori nella scala C. {brand} Condomini',
  ],
  nl: [
    'Groep 6: uitje naar het wetenschapsmuseum op {date}|Beste ouders, lever het toestemmingsformulier vóór vrijdag in. Kosten: {amount}. {who}, leerkracht',
    'Tennisclub: banen dicht voor renovatie|Vanaf {date} zijn de buitenbanen twee weken dicht. Het bestuur van {brand}',
    'Bericht van de verhuurder: water af op {date}|Tussen 9:00 en {time} is het water afgesloten voor werk in blok C. {brand} Vastgoed',
  ],
}
