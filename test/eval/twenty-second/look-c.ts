// Look-alike texts: replies on a ticket the person opened ({subj} is the person's own subject,
// {ref} the ticket number), and shared-document / calendar notifications.
import type { LookTexts } from './look-types.ts'

export const TICKET_REPLY: LookTexts = {
  en: [
    'Re: {subj} [#{ref}] | Hi {first}, thanks for your patience. I’ve checked your account and the refund went out this morning. Let me know if anything else comes up. – {who}, {brand} Support',
    '[{brand}] Update on request #{ref} | {who} replied: "We’ve replaced the part; the courier collects it on {day}." You can reply to this email. // > {subj}',
    'Your ticket #{ref} has been solved | {who} marked "{subj}" as solved. Not fixed? Just reply and it reopens.',
  ],
  de: [
    'AW: {subj} [#{ref}] | Hallo {first}, danke für deine Geduld. Die Gutschrift ist heute rausgegangen. Viele Grüße, {who} vom {brand}-Support',
    '[{brand}] Neue Antwort zu Ticket #{ref} | {who} schreibt: „Das Ersatzteil geht am {day} raus.“ Antworten Sie einfach auf diese E-Mail. // > {subj}',
    'Ticket #{ref} gelöst | {who} hat „{subj}“ als gelöst markiert. Noch nicht erledigt? Antworten Sie, dann wird es wieder geöffnet.',
  ],
  fr: [
    'RE: {subj} [#{ref}] | Bonjour {first}, merci de votre patience : le remboursement est parti ce matin. {who}, support {brand}',
    '[{brand}] Réponse à votre demande #{ref} | {who} a répondu : « Le technicien passera le {day}. » // > {subj}',
    'Demande #{ref} résolue | {who} a clôturé « {subj} ». Un souci ? Répondez simplement.',
  ],
  es: [
    'RE: {subj} [#{ref}] | Hola {first}, ya hemos hecho el abono esta mañana. Cualquier cosa, responde a este correo. {who}, soporte {brand}',
    '[{brand}] Nueva respuesta en #{ref} | {who} escribió: «El mensajero recogerá el paquete el {day}.» // > {subj}',
    'Tu caso #{ref} está resuelto | {who} cerró «{subj}». ¿Sigue el problema? Responde y se reabre.',
  ],
  pt: [
    'RE: {subj} [#{ref}] | Olá {first}, o reembolso foi feito hoje de manhã. Qualquer dúvida, responda a este e-mail. {who}, suporte {brand}',
    '[{brand}] Nova resposta no chamado #{ref} | {who} escreveu: "A transportadora recolhe a encomenda no dia {day}." // > {subj}',
    'Chamado #{ref} resolvido | {who} encerrou "{subj}". Ainda com problema? Responda e ele será reaberto.',
  ],
  it: [
    'R: {subj} [#{ref}] | Ciao {first}, il rimborso è partito stamattina. Per altro rispondi pure qui. {who}, assistenza {brand}',
    '[{brand}] Nuova risposta alla richiesta #{ref} | {who} ha scritto: «Il tecnico passerà il {day}.» // > {subj}',
    'Richiesta #{ref} risolta | {who} ha chiuso «{subj}». Non risolto? Rispondi e si riapre.',
  ],
  nl: [
    'Re: {subj} [#{ref}] | Hoi {first}, de terugbetaling is vanochtend verstuurd. Vragen? Antwoord gewoon op deze mail. {who}, klantenservice {brand}',
    '[{brand}] Nieuwe reactie op #{ref} | {who} schreef: "De monteur komt op {day}." // > {subj}',
    'Je ticket #{ref} is opgelost | {who} heeft "{subj}" gesloten. Nog niet goed? Reageer en het gaat weer open.',
  ],
}

export const SHARED: LookTexts = {
  en: [
    '{who} shared "Budget {n}" with you | {who} invited you to edit a spreadsheet. Open: {link}',
    'Invitation: Project sync @ {day} {time} | {who} invited you. Join: {link} // Yes / Maybe / No',
    'Updated invitation: Team lunch moved to {time} | {who} changed the time of this event. View calendar: {link}',
  ],
  de: [
    '{who} hat „Planung {n}“ für dich freigegeben | Du kannst jetzt bearbeiten: {link}',
    'Einladung: Abstimmung am {day} um {time} | {who} hat dich eingeladen. Teilnehmen: {link}',
    'Geänderter Termin: Teamrunde jetzt {time} | {who} hat die Uhrzeit geändert. Kalender: {link}',
  ],
  fr: [
    '{who} a partagé « Devis {n} » avec vous | Ouvrir le document : {link}',
    'Invitation : point projet le {day} à {time} | {who} vous invite. Rejoindre : {link}',
    'Événement modifié : réunion déplacée à {time} | {who} a changé l’heure. Voir l’agenda : {link}',
  ],
  es: [
    '{who} ha compartido «Presupuesto {n}» contigo | Abrir: {link}',
    'Invitación: reunión el {day} a las {time} | {who} te ha invitado. Unirse: {link}',
    'Evento actualizado: la comida pasa a las {time} | {who} cambió la hora. Ver calendario: {link}',
  ],
  pt: [
    '{who} partilhou "Orçamento {n}" consigo | Abrir: {link}',
    'Convite: reunião em {day} às {time} | {who} convidou você. Participar: {link}',
    'Evento atualizado: almoço passou para as {time} | {who} alterou o horário. Ver agenda: {link}',
  ],
  it: [
    '{who} ha condiviso «Preventivo {n}» con te | Apri: {link}',
    'Invito: riunione il {day} alle {time} | {who} ti ha invitato. Partecipa: {link}',
    'Evento aggiornato: pranzo spostato alle {time} | {who} ha cambiato l’orario. Calendario: {link}',
  ],
  nl: [
    '{who} heeft "Begroting {n}" met je gedeeld | Openen: {link}',
    'Uitnodiging: overleg op {day} om {time} | {who} heeft je uitgenodigd. Deelnemen: {link}',
    'Bijgewerkte afspraak: lunch verplaatst naar {time} | {who} wijzigde de tijd. Agenda: {link}',
  ],
}
