// Look-alike texts written for this set: newsletters subscribed to long ago, social and community
// notifications, automatic replies to mail the person sent.
import type { LookTexts } from './types.ts'

export const NEWSLETTER: LookTexts = {
  en: [
    [
      'Winter sale starts now ❄️',
      'Up to 40 % off coats and boots at {brand} until Sunday. You get this because you subscribed in 2021. Unsubscribe | Preferences',
    ],
    [
      '{brand} weekly',
      'Five stories we loved this week, a recipe for soup season and a reader letter. Manage your subscription at the bottom.',
    ],
    [
      'This week at {brand}: gift guide',
      'Gifts under 25, gifts for hosts, last order dates for December. Not interested? Update your email preferences.',
    ],
  ],
  de: [
    [
      'Adventsangebote bei {brand} 🎄',
      'Nur bis Sonntag: 20 % auf Kerzen und Deko. Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden',
    ],
    [
      'Der Wochenrückblick',
      'Hallo {first}, hier sind die meistgelesenen Artikel der Woche von {brand}. Newsletter abbestellen',
    ],
    [
      'Neu im Sortiment',
      'Frische Wintertees und Lebkuchen sind da. Viel Spaß beim Stöbern, Ihr {brand}-Team. Einstellungen ändern',
    ],
  ],
  fr: [
    [
      'Les soldes d’hiver arrivent',
      'Accès anticipé pour nos abonnés chez {brand} dès jeudi. Se désinscrire | Gérer mes préférences',
    ],
    [
      'La lettre du dimanche',
      'Bonjour {first}, au programme : trois lectures, un podcast et l’agenda culturel. Vous recevez cet e-mail car vous êtes abonné.',
    ],
    [
      'Idées cadeaux 🎁',
      'Notre sélection de Noël chez {brand}, livraison offerte dès 40 €. Désabonnement en bas de page.',
    ],
  ],
  es: [
    [
      'Rebajas de invierno',
      'Hasta un 30 % en {brand} solo este fin de semana. Darse de baja | Preferencias',
    ],
    [
      'Tu resumen semanal',
      'Hola {first}, estas son las noticias más leídas de la semana en {brand}. Recibes este boletín porque te suscribiste.',
    ],
    [
      'Novedades de diciembre',
      'Nuevos productos, horarios de Navidad y un sorteo para suscriptores. Gestionar suscripción',
    ],
  ],
  pt: [
    [
      'Black Friday continua 🛍️',
      'Descontos de até 50 % na {brand} até domingo. Cancelar inscrição | Preferências',
    ],
    [
      'Newsletter da semana',
      'Olá {first}, separamos as melhores receitas e dicas da semana. Você recebe este e-mail porque se inscreveu.',
    ],
    [
      'Novidades de dezembro',
      'Chegaram os kits de Natal da {brand}. Não quer mais receber? Descadastre-se.',
    ],
  ],
  it: [
    [
      'Saldi invernali in anteprima',
      'Per gli iscritti sconti fino al 35 % da {brand}. Annulla iscrizione | Preferenze',
    ],
    [
      'La newsletter della domenica',
      'Ciao {first}, ecco le letture della settimana e gli eventi in città. Ricevi questa email perché sei iscritto.',
    ],
    [
      'Idee regalo 🎄',
      'La selezione di Natale di {brand}, spedizione gratuita sopra 39 €. Disiscriviti in fondo alla pagina.',
    ],
  ],
  nl: [
    [
      'Wintersale begint nu',
      'Tot 40 % korting bij {brand}, alleen dit weekend. Afmelden | Voorkeuren',
    ],
    [
      'Jouw weekoverzicht',
      'Hoi {first}, dit zijn de meest gelezen verhalen van deze week. Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld.',
    ],
    [
      'Cadeautips voor Sinterklaas',
      'De leukste cadeaus onder de 20 euro bij {brand}. Uitschrijven kan onderaan.',
    ],
  ],
}

export const SOCIAL: LookTexts = {
  en: [
    [
      'Sam commented on your photo',
      'Sam Ortega: "What a view!" Reply on {brand} or turn off these notifications in settings.',
    ],
    ['You have 3 new followers', '{first}, 3 people started following you on {brand} this week.'],
    [
      'New reply in "Bike repair tips"',
      'Someone replied to your post in the {brand} community forum. View the thread.',
    ],
  ],
  de: [
    [
      'Lena hat dein Foto kommentiert',
      'Lena: „Traumhaft!“ Antworte auf {brand} oder ändere deine Benachrichtigungen.',
    ],
    [
      'Neue Antwort in deiner Gruppe',
      'In der Gruppe Laufen am Sonntag gibt es 4 neue Beiträge auf {brand}.',
    ],
    ['Du wurdest erwähnt', 'Tobias hat dich in einem Kommentar erwähnt. Jetzt ansehen.'],
  ],
  fr: [
    [
      'Julie a aimé votre publication',
      'Julie et 12 autres personnes ont aimé votre photo sur {brand}.',
    ],
    [
      'Nouveau message dans le groupe',
      'Le groupe Parents de l’école a 5 nouveaux messages. Gérer les notifications.',
    ],
    ['On vous a mentionné', 'Thomas vous a mentionné dans un commentaire sur {brand}.'],
  ],
  es: [
    [
      'A Pablo le gusta tu foto',
      'Pablo y 8 personas más reaccionaron a tu publicación en {brand}.',
    ],
    [
      'Nuevas respuestas en el foro',
      'Hay 3 respuestas nuevas en el hilo que sigues. Ver conversación.',
    ],
    ['Te han etiquetado', 'Ana te etiquetó en una foto del viaje. Revisar etiqueta en {brand}.'],
  ],
  pt: [
    [
      'Rafa comentou sua foto',
      'Rafa: "Que lugar lindo!" Responda no {brand} ou ajuste as notificações.',
    ],
    ['Você tem novos seguidores', '{first}, 5 pessoas começaram a seguir você nesta semana.'],
    ['Nova resposta no grupo', 'O grupo Corrida de domingo tem 7 mensagens novas no {brand}.'],
  ],
  it: [
    [
      'Marco ha commentato la tua foto',
      'Marco: "Bellissima!" Rispondi su {brand} o modifica le notifiche.',
    ],
    ['Nuovi post nel gruppo', 'Nel gruppo Genitori 3B ci sono 6 nuovi messaggi.'],
    ['Sei stato menzionato', 'Chiara ti ha menzionato in un commento su {brand}.'],
  ],
  nl: [
    [
      'Sanne reageerde op je foto',
      'Sanne: "Wat mooi!" Reageer op {brand} of pas je meldingen aan.',
    ],
    ['Nieuwe berichten in je groep', 'De groep Hardlopen zondag heeft 4 nieuwe berichten.'],
    ['Je bent genoemd', 'Bram noemde je in een reactie op {brand}.'],
  ],
}

export const AUTO_REPLIES: LookTexts = {
  en: [
    [
      'Automatic reply: {sent}',
      'Thanks for your message. I am away until {day} with no access to email. For anything urgent please call the office.',
    ],
    [
      'Out of office: {sent}',
      'I’m on parental leave until March. Your email will not be forwarded; please contact my colleague Dana.',
    ],
    [
      'Re: {sent}',
      'This is an automatic reply: I read email twice a day and will answer by tomorrow evening.',
    ],
  ],
  de: [
    [
      'Abwesenheitsnotiz: {sent}',
      'Vielen Dank für Ihre E-Mail. Ich bin bis {day} im Urlaub und lese meine Nachrichten nicht.',
    ],
    [
      'Automatische Antwort: {sent}',
      'Ich bin heute auf einer Fortbildung und ab morgen wieder erreichbar.',
    ],
    ['AW: {sent}', 'Diese Adresse wird nur montags gelesen. Ich melde mich dann bei dir.'],
  ],
  fr: [
    [
      'Réponse automatique : {sent}',
      'Je suis absent jusqu’au {day} inclus. Je traiterai votre message à mon retour.',
    ],
    [
      'Absence : {sent}',
      'Bonjour, je suis en congé cette semaine. En cas d’urgence, appelez le secrétariat.',
    ],
    [
      'RE: {sent}',
      'Message automatique : je consulte mes e-mails le soir, je vous réponds rapidement.',
    ],
  ],
  es: [
    [
      'Respuesta automática: {sent}',
      'Gracias por tu correo. Estoy de vacaciones hasta el {day} y lo leeré a la vuelta.',
    ],
    [
      'Fuera de la oficina: {sent}',
      'Estoy en un curso toda la semana. Para urgencias, llama a recepción.',
    ],
    ['RE: {sent}', 'Respuesta automática: contesto los correos por la tarde.'],
  ],
  pt: [
    [
      'Resposta automática: {sent}',
      'Obrigado pela mensagem. Estou de férias até {day} e responderei quando voltar.',
    ],
    ['Ausente: {sent}', 'Estou em viagem a trabalho esta semana, com acesso limitado ao e-mail.'],
    ['RE: {sent}', 'Resposta automática: leio os e-mails uma vez por dia.'],
  ],
  it: [
    [
      'Risposta automatica: {sent}',
      'Grazie per il messaggio. Sono in ferie fino al {day} e risponderò al rientro.',
    ],
    ['Fuori sede: {sent}', 'Sono fuori ufficio per un corso, rientro lunedì.'],
    ['R: {sent}', 'Risposta automatica: leggo la posta la sera, ti rispondo presto.'],
  ],
  nl: [
    [
      'Automatisch antwoord: {sent}',
      'Bedankt voor je bericht. Ik ben tot {day} met vakantie en lees mijn mail daarna.',
    ],
    ['Afwezig: {sent}', 'Ik werk op maandag en dinsdag niet. Ik reageer woensdag.'],
    ['Re: {sent}', 'Dit is een automatisch antwoord: ik lees mijn mail één keer per dag.'],
  ],
}
