// The personas' everyday automated streams, one text per stream and language (en de fr es pt it
// nl; first line the subject). The same few senders write every day, so these are the mail the
// person expects; {n}, {item} and {ref} vary per mail.
import type { PersonaKind } from './personas.ts'

export interface StreamText {
  key: string
  label: 'ham' | 'important'
  /** Mails per active hour (team lead) or per day (the others). */
  rate: [number, number]
  texts: readonly string[]
}

export const STREAMS: Record<PersonaKind, readonly StreamText[]> = {
  student: [
    {
      key: 'portal',
      label: 'ham',
      rate: [1, 3],
      texts: [
        'New announcement in {item}\nA new announcement was posted in {item}: room change for the seminar on Thursday. Log in to the student portal to read it.',
        'Neue Ankündigung in {item}\nIn {item} gibt es eine neue Ankündigung: Raumänderung für das Seminar am Donnerstag. Details im Studierendenportal.',
        'Nouvelle annonce dans {item}\nUne annonce a été publiée dans {item} : changement de salle pour le TD de jeudi. Détails sur l’ENT.',
        'Nuevo aviso en {item}\nHay un nuevo aviso en {item}: cambio de aula para el seminario del jueves. Consúltalo en el campus virtual.',
        'Novo aviso em {item}\nHá um novo aviso em {item}: mudança de sala do seminário de quinta. Veja no portal do aluno.',
        'Nuovo avviso in {item}\nÈ stato pubblicato un avviso in {item}: cambio aula per il seminario di giovedì. Dettagli sul portale studenti.',
        'Nieuwe mededeling in {item}\nEr is een mededeling geplaatst in {item}: ander lokaal voor het werkcollege van donderdag. Zie het studentenportaal.',
      ],
    },
    {
      key: 'library',
      label: 'ham',
      rate: [0, 1],
      texts: [
        'Loan due soon: {item}\nThe book "{item}" is due back on Friday. You can renew it once in your library account.',
        'Leihfrist endet bald: {item}\nDas Buch „{item}“ ist am Freitag fällig. Du kannst es einmal im Bibliothekskonto verlängern.',
        'Prêt bientôt à échéance : {item}\nLe livre « {item} » est à rendre vendredi. Vous pouvez le prolonger une fois depuis votre compte lecteur.',
        'Préstamo a punto de vencer: {item}\nEl libro «{item}» vence el viernes. Puedes renovarlo una vez desde tu cuenta de la biblioteca.',
        'Empréstimo vencendo: {item}\nO livro "{item}" deve ser devolvido na sexta. Renove uma vez pela sua conta da biblioteca.',
        'Prestito in scadenza: {item}\nIl libro "{item}" va restituito venerdì. Puoi rinnovarlo una volta dal tuo account della biblioteca.',
        'Uitleentermijn verloopt: {item}\nHet boek "{item}" moet vrijdag terug. Je kunt het één keer verlengen via je bibliotheekaccount.',
      ],
    },
    {
      key: 'course',
      label: 'ham',
      rate: [1, 4],
      texts: [
        'New assignment posted: {item} week {n}\nYour lecturer posted the problem set for week {n}. Deadline: next Monday, 23:59.',
        'Neue Aufgabe: {item} Woche {n}\nDas Übungsblatt für Woche {n} ist online. Abgabe bis nächsten Montag, 23:59 Uhr.',
        'Nouveau devoir : {item} semaine {n}\nLa feuille d’exercices de la semaine {n} est en ligne. À rendre lundi prochain, 23 h 59.',
        'Nueva tarea: {item} semana {n}\nYa está publicada la hoja de ejercicios de la semana {n}. Entrega hasta el lunes a las 23:59.',
        'Nova tarefa: {item} semana {n}\nA lista de exercícios da semana {n} foi publicada. Entrega até segunda, 23h59.',
        'Nuovo compito: {item} settimana {n}\nÈ online l’esercitazione della settimana {n}. Consegna entro lunedì alle 23:59.',
        'Nieuwe opdracht: {item} week {n}\nDe opdrachten voor week {n} staan online. Inleveren vóór maandag 23:59.',
      ],
    },
  ],
  family: [
    {
      key: 'receipt',
      label: 'important',
      rate: [0, 1],
      texts: [
        'Your receipt from the app store\nOrder {ref}\n{item} – 4.99 EUR, charged to your card. Questions? Report a problem within 90 days.',
        'Ihre Quittung vom App Store\nBestellung {ref}\n{item} – 4,99 EUR, von Ihrer Karte abgebucht.',
        'Votre reçu de l’App Store\nCommande {ref}\n{item} – 4,99 EUR, débité sur votre carte.',
        'Tu recibo de la tienda de apps\nPedido {ref}\n{item} – 4,99 EUR, cargado en tu tarjeta.',
        'Seu recibo da loja de apps\nPedido {ref}\n{item} – R$ 24,90, cobrado no seu cartão.',
        'La tua ricevuta dell’App Store\nOrdine {ref}\n{item} – 4,99 EUR, addebitati sulla carta.',
        'Je bon van de appwinkel\nBestelling {ref}\n{item} – 4,99 EUR, afgeschreven van je kaart.',
      ],
    },
    {
      key: 'cloud',
      label: 'ham',
      rate: [0, 1],
      texts: [
        '{n} new photos backed up\n{n} photos from the new phone were added to the family album. Storage used: 71 %.',
        '{n} neue Fotos gesichert\n{n} Fotos vom neuen Handy sind im Familienalbum. Speicher belegt: 71 %.',
        '{n} nouvelles photos sauvegardées\n{n} photos du nouveau téléphone ont rejoint l’album familial. Stockage utilisé : 71 %.',
        '{n} fotos nuevas en la copia\nSe han añadido {n} fotos del móvil nuevo al álbum familiar. Almacenamiento usado: 71 %.',
        '{n} fotos novas no backup\n{n} fotos do celular novo foram para o álbum da família. Armazenamento usado: 71 %.',
        '{n} nuove foto salvate\n{n} foto dal nuovo telefono sono nell’album di famiglia. Spazio usato: 71 %.',
        '{n} nieuwe foto’s opgeslagen\n{n} foto’s van de nieuwe telefoon staan in het familiealbum. Opslag gebruikt: 71 %.',
      ],
    },
    {
      key: 'screen-time',
      label: 'ham',
      rate: [0, 1],
      texts: [
        'Weekly screen time report for {item}\n{item} used the tablet 9 h 40 min this week, 12 % less than last week. Most used: drawing app.',
        'Wöchentlicher Bildschirmzeit-Bericht für {item}\n{item} nutzte das Tablet diese Woche 9 Std. 40 Min., 12 % weniger als letzte Woche.',
        'Rapport hebdomadaire de temps d’écran : {item}\n{item} a utilisé la tablette 9 h 40 cette semaine, 12 % de moins.',
        'Informe semanal de tiempo de pantalla de {item}\n{item} usó la tableta 9 h 40 min esta semana, un 12 % menos.',
        'Relatório semanal de tempo de tela de {item}\n{item} usou o tablet 9 h 40 min nesta semana, 12 % a menos.',
        'Rapporto settimanale tempo di utilizzo di {item}\n{item} ha usato il tablet 9 h 40 min questa settimana, il 12 % in meno.',
        'Wekelijks schermtijdrapport van {item}\n{item} gebruikte de tablet deze week 9 u 40 min, 12 % minder dan vorige week.',
      ],
    },
  ],
  jobseeker: [
    {
      key: 'alert',
      label: 'ham',
      rate: [1, 2],
      texts: [
        '{n} new jobs match your search "{item}"\nNew today: {n} openings for {item} near you. See them before they fill up.',
        '{n} neue Jobs für „{item}“\nHeute neu: {n} Stellen als {item} in deiner Nähe.',
        '{n} nouvelles offres pour « {item} »\nNouveau aujourd’hui : {n} postes de {item} près de chez vous.',
        '{n} nuevas ofertas para «{item}»\nHoy: {n} vacantes de {item} cerca de ti.',
        '{n} novas vagas para "{item}"\nHoje: {n} vagas de {item} perto de você.',
        '{n} nuove offerte per "{item}"\nOggi: {n} posizioni da {item} vicino a te.',
        '{n} nieuwe vacatures voor "{item}"\nVandaag: {n} vacatures als {item} bij jou in de buurt.',
      ],
    },
    {
      key: 'status',
      label: 'ham',
      rate: [0, 2],
      texts: [
        'Update on your application {ref}\nThank you for your patience. Your application for {item} has moved to the next stage; we will be in touch about an interview.',
        'Neuigkeiten zu Ihrer Bewerbung {ref}\nIhre Bewerbung als {item} ist in der nächsten Runde. Wir melden uns wegen eines Gesprächs.',
        'Suivi de votre candidature {ref}\nVotre candidature au poste de {item} passe à l’étape suivante ; nous vous recontacterons pour un entretien.',
        'Novedades de tu candidatura {ref}\nTu candidatura para {item} pasa a la siguiente fase; te contactaremos para una entrevista.',
        'Atualização da sua candidatura {ref}\nSua candidatura para {item} avançou de etapa; entraremos em contato para a entrevista.',
        'Aggiornamento sulla candidatura {ref}\nLa tua candidatura per {item} è passata alla fase successiva; ti contatteremo per un colloquio.',
        'Update over je sollicitatie {ref}\nJe sollicitatie als {item} gaat door naar de volgende ronde; we nemen contact op voor een gesprek.',
      ],
    },
  ],
  teamlead: [
    {
      key: 'ci',
      label: 'ham',
      rate: [1, 4],
      texts: [
        '[{item}] Build #{n} passed on main\nPipeline #{n} for {item} passed in 6 min 12 s. Commit: fix flaky upload test.',
        '[{item}] Build #{n} erfolgreich auf main\nPipeline #{n} für {item} lief in 6 Min. 12 s durch.',
        '[{item}] Build #{n} réussi sur main\nLe pipeline #{n} de {item} a réussi en 6 min 12 s.',
        '[{item}] Build #{n} correcto en main\nEl pipeline #{n} de {item} terminó en 6 min 12 s.',
        '[{item}] Build #{n} aprovado na main\nO pipeline #{n} de {item} passou em 6 min 12 s.',
        '[{item}] Build #{n} riuscita su main\nLa pipeline #{n} di {item} è passata in 6 min 12 s.',
        '[{item}] Build #{n} geslaagd op main\nPipeline #{n} van {item} is geslaagd in 6 min 12 s.',
      ],
    },
    {
      key: 'issues',
      label: 'ham',
      rate: [0, 2],
      texts: [
        '[{item}] Issue {ref} assigned to you: upload stalls at 99 %\nA teammate assigned issue {ref} to you and added a comment: can reproduce on staging.',
        '[{item}] Ticket {ref} dir zugewiesen: Upload bleibt bei 99 % stehen\nEin Kollege hat dir {ref} zugewiesen: auf Staging reproduzierbar.',
        '[{item}] Ticket {ref} vous est assigné : l’envoi bloque à 99 %\nUn collègue vous a assigné {ref} : reproductible en préproduction.',
        '[{item}] Incidencia {ref} asignada: la subida se queda en 99 %\nUn compañero te asignó {ref}: se reproduce en staging.',
        '[{item}] Issue {ref} atribuída a você: upload trava em 99 %\nUm colega atribuiu {ref} a você: reproduz em staging.',
        '[{item}] Issue {ref} assegnata a te: upload bloccato al 99 %\nUn collega ti ha assegnato {ref}: riproducibile in staging.',
        '[{item}] Issue {ref} aan jou toegewezen: upload blijft op 99 % hangen\nEen collega wees {ref} aan je toe: reproduceerbaar op staging.',
      ],
    },
    {
      key: 'chat',
      label: 'ham',
      rate: [0, 1],
      texts: [
        'You have {n} unread messages in #{item}\nCatch up on the conversation in #{item}: release plan for Thursday.',
        'Du hast {n} ungelesene Nachrichten in #{item}\nLies nach, was in #{item} besprochen wurde: Release-Plan für Donnerstag.',
        'Vous avez {n} messages non lus dans #{item}\nRattrapez la discussion de #{item} : plan de mise en production de jeudi.',
        'Tienes {n} mensajes sin leer en #{item}\nPonte al día en #{item}: plan de lanzamiento del jueves.',
        'Você tem {n} mensagens não lidas em #{item}\nAcompanhe a conversa em #{item}: plano de lançamento de quinta.',
        'Hai {n} messaggi non letti in #{item}\nRecupera la conversazione in #{item}: piano di rilascio di giovedì.',
        'Je hebt {n} ongelezen berichten in #{item}\nLees bij in #{item}: releaseplan voor donderdag.',
      ],
    },
  ],
}

/** The job portals' "application received" after the person applies (label own). */
export const APPLICATION: readonly string[] = [
  'Application received: {item}\nHi {name},\nthanks for applying for {item} through {company}. The employer will review your application ({ref}).',
  'Bewerbung eingegangen: {item}\nHallo {name},\ndanke für deine Bewerbung als {item} über {company}. Referenz: {ref}.',
  'Candidature reçue : {item}\nBonjour {name},\nmerci d’avoir postulé au poste de {item} via {company}. Référence : {ref}.',
  'Candidatura recibida: {item}\nHola {name}:\ngracias por postular a {item} a través de {company}. Referencia: {ref}.',
  'Candidatura recebida: {item}\nOlá {name},\nobrigado por se candidatar a {item} pela {company}. Referência: {ref}.',
  'Candidatura ricevuta: {item}\nCiao {name},\ngrazie per esserti candidato come {item} tramite {company}. Riferimento: {ref}.',
  'Sollicitatie ontvangen: {item}\nHoi {name},\nbedankt voor je sollicitatie als {item} via {company}. Kenmerk: {ref}.',
]
