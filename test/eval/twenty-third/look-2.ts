// Look-alike texts, classes 5-8: replies on a ticket the person opened (quoting its number),
// shared documents and calendar changes, appointment and booking reminders, and notices from
// school, club, council or landlord. "subject | body".
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const TICKET_REPLY: Texts = {
  en: [
    'Re: {subject} [#{ref}] | Hi {name}, thanks for your patience. I’ve issued the replacement part; it ships tomorrow. Ticket #{ref} stays open until it arrives. — Sam, {brand} Support',
    '[{brand}] Update on #{ref}: {subject} | Hello {name}, our engineer checked the logs you sent. Could you tell us which app version you use? Just reply to this email.',
    'Re: {subject} – case {ref} solved | Hi {name}, the refund went through today. I’ve marked case {ref} as solved; reply within 7 days to reopen it.',
  ],
  de: [
    'AW: {subject} [#{ref}] | Hallo {name}, danke für Ihre Geduld. Das Ersatzteil ist unterwegs. Ticket #{ref} bleibt bis zur Lieferung offen. Viele Grüße, Jana vom {brand}-Support',
    '[{brand}] Rückfrage zu #{ref}: {subject} | Guten Tag {name}, welche Seriennummer steht auf dem Gerät? Antworten Sie einfach auf diese Mail.',
    'Re: {subject} – Vorgang {ref} gelöst | Hallo {name}, die Gutschrift ist erfolgt. Wir schließen Vorgang {ref}.',
  ],
  fr: [
    'RE : {subject} [#{ref}] | Bonjour {name}, merci pour votre patience. La pièce de remplacement part demain. Le ticket #{ref} reste ouvert jusqu’à réception. Léa, support {brand}',
    '[{brand}] Question sur #{ref} : {subject} | Bonjour {name}, pouvez-vous nous indiquer le numéro de série ? Répondez simplement à ce message.',
    'Re : {subject} – dossier {ref} résolu | Bonjour {name}, le remboursement a été effectué aujourd’hui. Nous clôturons le dossier {ref}.',
  ],
  es: [
    'RE: {subject} [#{ref}] | Hola {name}, gracias por tu paciencia. La pieza de repuesto sale mañana. El ticket #{ref} sigue abierto hasta que llegue. Lucía, soporte {brand}',
    '[{brand}] Pregunta sobre #{ref}: {subject} | Hola {name}, ¿nos indicas el número de serie? Solo responde a este correo.',
    'Re: {subject} – caso {ref} resuelto | Hola {name}, el reembolso se ha hecho hoy. Cerramos el caso {ref}.',
  ],
  pt: [
    'RE: {subject} [#{ref}] | Olá {name}, obrigado pela paciência. A peça de substituição segue amanhã. O pedido #{ref} fica aberto até chegar. Marta, apoio {brand}',
    '[{brand}] Dúvida sobre o chamado #{ref}: {subject} | Oi {name}, pode nos informar o número de série? É só responder este e-mail.',
    'Re: {subject} – pedido {ref} resolvido | Olá {name}, o reembolso foi feito hoje. Encerrámos o pedido {ref}.',
  ],
  it: [
    'R: {subject} [#{ref}] | Ciao {name}, grazie per la pazienza. Il ricambio parte domani. Il ticket #{ref} resta aperto fino alla consegna. Sara, assistenza {brand}',
    '[{brand}] Domanda sulla pratica #{ref}: {subject} | Gentile {name}, ci indica il numero di serie? Basta rispondere a questa email.',
    'Re: {subject} – ticket {ref} risolto | Ciao {name}, il rimborso è stato effettuato oggi. Chiudiamo il ticket {ref}.',
  ],
  nl: [
    'Re: {subject} [#{ref}] | Hoi {name}, bedankt voor je geduld. Het vervangende onderdeel gaat morgen op de post. Ticket #{ref} blijft open tot het binnen is. Groet, Eva van {brand}',
    '[{brand}] Vraag over #{ref}: {subject} | Beste {name}, wat is het serienummer van het apparaat? Beantwoord gewoon deze mail.',
    'Re: {subject} – melding {ref} opgelost | Hoi {name}, de terugbetaling is vandaag gedaan. We sluiten melding {ref}.',
  ],
}

export const SHARED: Texts = {
  en: [
    '{other} shared "Budget 2027" with you | {other} invited you to edit a spreadsheet on {brand}. Open: {link}',
    'Invitation: Project sync @ Thu 26 Nov 10:00 – 10:30 | {other} invited you. Join with {brand} Meet: {link} / Going? Yes · No · Maybe',
    'Updated invitation: Team lunch moved to Friday | {other} changed the time of this event. View on {brand} Calendar: {link}',
  ],
  de: [
    '{other} hat „Urlaubsplanung“ mit dir geteilt | {other} hat dich zum Bearbeiten einer Tabelle auf {brand} eingeladen: {link}',
    'Einladung: Jour fixe am Do., 26. Nov. 10:00 | {other} hat Sie eingeladen. Teilnehmen: {link} / Ja · Nein · Vielleicht',
    'Termin verschoben: Teamessen jetzt Freitag | {other} hat die Zeit geändert. Im {brand} Kalender ansehen: {link}',
  ],
  fr: [
    '{other} a partagé « Devis cuisine » avec vous | {other} vous invite à modifier un document sur {brand} : {link}',
    'Invitation : Point hebdo jeu. 26 nov. 10:00 | {other} vous a invité. Participer : {link} / Oui · Non · Peut-être',
    'Événement modifié : déjeuner d’équipe déplacé à vendredi | {other} a changé l’horaire. Voir dans {brand} Agenda : {link}',
  ],
  es: [
    '{other} ha compartido "Presupuesto 2027" contigo | {other} te invita a editar una hoja en {brand}: {link}',
    'Invitación: reunión semanal jue 26 nov 10:00 | {other} te ha invitado. Unirse: {link} / Sí · No · Quizás',
    'Evento actualizado: la comida del equipo pasa al viernes | {other} cambió la hora. Ver en {brand} Calendar: {link}',
  ],
  pt: [
    '{other} partilhou "Orçamento 2027" consigo | {other} convidou-o a editar uma folha no {brand}: {link}',
    'Convite: reunião semanal qui 26 nov 10:00 | {other} convidou você. Participar: {link} / Sim · Não · Talvez',
    'Evento atualizado: almoço da equipa passa para sexta | {other} mudou a hora. Ver no {brand} Calendário: {link}',
  ],
  it: [
    '{other} ha condiviso "Preventivo 2027" con te | {other} ti invita a modificare un foglio su {brand}: {link}',
    'Invito: riunione settimanale gio 26 nov 10:00 | {other} ti ha invitato. Partecipa: {link} / Sì · No · Forse',
    'Evento aggiornato: pranzo di squadra spostato a venerdì | {other} ha cambiato l’orario. Vedi su {brand} Calendar: {link}',
  ],
  nl: [
    '{other} heeft "Begroting 2027" met je gedeeld | {other} nodigt je uit om een sheet te bewerken op {brand}: {link}',
    'Uitnodiging: weekoverleg do 26 nov 10:00 | {other} heeft je uitgenodigd. Deelnemen: {link} / Ja · Nee · Misschien',
    'Afspraak gewijzigd: teamlunch verplaatst naar vrijdag | {other} heeft de tijd aangepast. Bekijk in {brand} Agenda: {link}',
  ],
}

export const APPOINTMENT: Texts = {
  en: [
    'Reminder: dental check-up tomorrow at 9:40 | Dear {name}, this is a reminder of your appointment at {brand} Dental. Need to change it? Call us or use {link}',
    'Your MOT at {brand} Garage – Tue 10:00 | Please drop the car off by 9:45. Reply C to cancel.',
    'Table for 4 confirmed – {brand} | See you Saturday at 19:30, {name}! Running late? Let us know: {link}',
  ],
  de: [
    'Erinnerung: Ihr Termin morgen um 9:40 Uhr | Sehr geehrte/r {name}, wir erinnern an Ihren Termin in der Praxis {brand}. Absagen bitte bis 24 h vorher: {link}',
    'Reifenwechsel bei {brand}: Dienstag 10:00 | Bitte bringen Sie den Wagen bis 9:45 Uhr.',
    'Tischreservierung bestätigt – {brand} | Wir freuen uns auf Sie am Samstag um 19:30 Uhr (4 Personen).',
  ],
  fr: [
    'Rappel : votre rendez-vous demain à 9h40 | Bonjour {name}, rappel de votre rendez-vous au cabinet {brand}. Modifier : {link}',
    'Votre révision chez {brand} Garage – mardi 10h | Merci de déposer le véhicule avant 9h45.',
    'Réservation confirmée – {brand} | À samedi 19h30 pour 4 personnes, {name} !',
  ],
  es: [
    'Recordatorio: tu cita mañana a las 9:40 | Hola {name}, te recordamos tu cita en la clínica {brand}. Cambiarla: {link}',
    'Tu revisión en Taller {brand} – martes 10:00 | Trae el coche antes de las 9:45, por favor.',
    'Reserva confirmada – {brand} | Te esperamos el sábado a las 21:00, mesa para 4.',
  ],
  pt: [
    'Lembrete: consulta amanhã às 9h40 | Olá {name}, lembramos a sua consulta na clínica {brand}. Alterar: {link}',
    'Revisão na Oficina {brand} – terça 10h | Deixe o carro até às 9h45, por favor.',
    'Reserva confirmada – {brand} | Até sábado às 20h, mesa para 4!',
  ],
  it: [
    'Promemoria: appuntamento domani alle 9:40 | Gentile {name}, le ricordiamo l’appuntamento presso lo studio {brand}. Modifica: {link}',
    'Tagliando da {brand} – martedì ore 10 | Porti l’auto entro le 9:45.',
    'Prenotazione confermata – {brand} | Vi aspettiamo sabato alle 20:30, tavolo per 4.',
  ],
  nl: [
    'Herinnering: afspraak morgen om 9:40 | Beste {name}, we herinneren je aan je afspraak bij praktijk {brand}. Wijzigen: {link}',
    'APK bij {brand} Garage – dinsdag 10:00 | Breng de auto graag vóór 9:45.',
    'Reservering bevestigd – {brand} | Tot zaterdag om 19:00, tafel voor 4!',
  ],
}

export const NOTICE: Texts = {
  en: [
    'Year 5 trip: consent form due Friday | Dear parents, please return the signed form for the museum trip by Friday. {brand} Primary School',
    'Bin collection changes over the holidays | {brand} Council: collections move by one day in the week of 21 December.',
    'Water shut-off Thursday 9-12 | Dear residents, {brand} Lettings will replace a valve in block B. Please store some water.',
  ],
  de: [
    'Elternbrief: Wandertag am Freitag | Liebe Eltern, bitte geben Sie Ihrem Kind festes Schuhwerk mit. {brand}-Grundschule',
    'Mitgliederversammlung des {brand} e.V. | Einladung zur Jahresversammlung am 28.11. um 19 Uhr im Vereinsheim.',
    'Ankündigung: Treppenhausreinigung | Sehr geehrte Mieter, am Donnerstag wird das Treppenhaus gereinigt. {brand} Hausverwaltung',
  ],
  fr: [
    'Sortie scolaire : autorisation à rendre vendredi | Chers parents, merci de rendre l’autorisation signée. École {brand}',
    'Assemblée générale du club {brand} | Vous êtes convié(e) à l’AG le 28/11 à 19h au club-house.',
    'Coupure d’eau jeudi 9h-12h | Madame, Monsieur, le syndic {brand} vous informe de travaux dans l’immeuble.',
  ],
  es: [
    'Excursión: autorización antes del viernes | Estimadas familias, devolved la autorización firmada. Colegio {brand}',
    'Asamblea anual del club {brand} | Te convocamos el 28/11 a las 19:00 en la sede.',
    'Corte de agua el jueves de 9 a 12 | Estimados vecinos, la comunidad {brand} cambiará una válvula.',
  ],
  pt: [
    'Visita de estudo: autorização até sexta | Caros pais, devolvam a autorização assinada. Escola {brand}',
    'Assembleia geral do clube {brand} | Convocatória para dia 28/11 às 19h na sede.',
    'Corte de água quinta-feira 9h-12h | Caros condóminos, a administração {brand} informa de obras no prédio.',
  ],
  it: [
    'Gita scolastica: autorizzazione entro venerdì | Gentili genitori, riconsegnate l’autorizzazione firmata. Scuola {brand}',
    'Assemblea dei soci {brand} | Convocazione per il 28/11 alle 19 presso la sede.',
    'Sospensione acqua giovedì 9-12 | Gentili condomini, l’amministrazione {brand} informa di lavori.',
  ],
  nl: [
    'Schoolreisje: toestemmingsformulier vóór vrijdag | Beste ouders, lever het getekende formulier in. Basisschool {brand}',
    'Algemene ledenvergadering {brand} | Uitnodiging voor de ALV op 28/11 om 19:00 in de kantine.',
    'Water afgesloten donderdag 9-12 | Beste bewoners, {brand} Vastgoed vervangt een leiding.',
  ],
}
