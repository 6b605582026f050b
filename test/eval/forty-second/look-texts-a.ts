// Look-alike texts (en, de, fr, es): see look-words.ts for the slots and the reply prefixes.
import { w, type Texts } from './look-words.ts'

export const EN: Texts = {
  newsletter: w(
    '{brand} weekly: what’s new this week',
    'Hi {first},\nthis week: three new recipes, our winter sale and a story from the team.\nRead online: {link}\nYou receive this because you subscribed. Unsubscribe or manage preferences: {link}',
  ),
  reply: w(
    'Re: {topic}',
    'Hi {first},\nsounds good to me – let’s say half past seven? I’ll bring dessert.\n{sender}\n\nOn {date}, {first} wrote:\n> What do you think?',
  ),
  list: w(
    '[{list}] Re: {topic}',
    'I hit the same thing last week; upgrading to the latest version fixed it for me.\n-- \n{sender}\n_______________________________________________\n{list} mailing list\nTo unsubscribe send a mail to {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Invitation: {topic} @ {date}',
    '{sender} has invited you to an event.\n{topic}\nWhen: {date}, 10:00 – 10:30\nJoin: {link}\nGoing? Yes - Maybe - No',
  ),
  document: w(
    '{sender} shared "{topic}" with you',
    '{sender} has shared a document with you.\n"{topic}"\nOpen: {link}\nYou received this email because {sender} shared a file with you.',
  ),
  'ticket-reply': w(
    'Re: [#{ref}] {topic}',
    'Hi {first},\nthanks for your patience. I have corrected this on our side; you will see the change within a day.\nBest,\n{sender}, {brand} Support\n\nTicket #{ref}: reply above this line to add a comment.',
  ),
  'ticket-solved': w(
    'Your request #{ref} has been solved',
    'Hi {first},\nyour request #{ref} "{topic}" has been marked as solved.\nIf the problem is still there, just reply to this email and the ticket will reopen.\n{brand} Support',
  ),
  sent: w(
    '{topic}',
    'Hello,\nI have a problem with my account: {topic}. Could you please have a look?\nThanks,\n{first}',
  ),
}

export const DE: Texts = {
  newsletter: w(
    '{brand} Wochenpost: Neues aus dieser Woche',
    'Hallo {first},\ndiese Woche: drei neue Rezepte, unser Winterschlussverkauf und Neues aus dem Team.\nOnline lesen: {link}\nSie erhalten diese E-Mail, weil Sie den Newsletter abonniert haben. Abmelden: {link}',
  ),
  reply: w(
    'AW: {topic}',
    'Hallo {first},\npasst mir gut, sagen wir halb acht? Ich bringe Nachtisch mit.\n{sender}\n\nAm {date} schrieb {first}:\n> Was meinst du?',
  ),
  list: w(
    '[{list}] AW: {topic}',
    'Das hatte ich letzte Woche auch, mit der neuesten Version war es weg.\n-- \n{sender}\n_______________________________________________\n{list} Mailingliste\nAbmelden: Mail an {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Einladung: {topic} @ {date}',
    '{sender} hat Sie zu einem Termin eingeladen.\n{topic}\nWann: {date}, 10:00 – 10:30\nTeilnehmen: {link}\nZusagen - Vielleicht - Absagen',
  ),
  document: w(
    '{sender} hat „{topic}“ für Sie freigegeben',
    '{sender} hat ein Dokument mit Ihnen geteilt.\n„{topic}“\nÖffnen: {link}\nSie erhalten diese E-Mail, weil {sender} eine Datei mit Ihnen geteilt hat.',
  ),
  'ticket-reply': w(
    'AW: [#{ref}] {topic}',
    'Hallo {first},\ndanke für Ihre Geduld. Ich habe das bei uns korrigiert, die Änderung sehen Sie innerhalb eines Tages.\nViele Grüße\n{sender}, {brand} Support\n\nTicket #{ref}: oberhalb dieser Zeile antworten.',
  ),
  'ticket-solved': w(
    'Ihre Anfrage #{ref} wurde gelöst',
    'Hallo {first},\nIhre Anfrage #{ref} „{topic}“ wurde als gelöst markiert.\nBesteht das Problem weiter, antworten Sie einfach auf diese E-Mail.\n{brand} Support',
  ),
  sent: w(
    '{topic}',
    'Hallo,\nich habe ein Problem mit meinem Konto: {topic}. Könnten Sie bitte nachsehen?\nDanke,\n{first}',
  ),
}

export const FR: Texts = {
  newsletter: w(
    'La lettre {brand} : les nouveautés de la semaine',
    'Bonjour {first},\ncette semaine : trois nouvelles recettes, nos soldes d’hiver et des nouvelles de l’équipe.\nLire en ligne : {link}\nVous recevez cet e-mail car vous êtes abonné(e). Se désabonner : {link}',
  ),
  reply: w(
    'RE : {topic}',
    'Salut {first},\nça me va, disons 19 h 30 ? J’apporte le dessert.\n{sender}\n\nLe {date}, {first} a écrit :\n> Qu’en penses-tu ?',
  ),
  list: w(
    '[{list}] RE : {topic}',
    'J’ai eu le même souci la semaine dernière, la dernière version l’a corrigé.\n-- \n{sender}\n_______________________________________________\nListe {list}\nDésinscription : {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Invitation : {topic} @ {date}',
    '{sender} vous a invité(e) à un événement.\n{topic}\nQuand : {date}, 10:00 – 10:30\nRejoindre : {link}\nOui - Peut-être - Non',
  ),
  document: w(
    '{sender} a partagé « {topic} » avec vous',
    '{sender} a partagé un document avec vous.\n« {topic} »\nOuvrir : {link}\nVous recevez cet e-mail car {sender} a partagé un fichier avec vous.',
  ),
  'ticket-reply': w(
    'RE : [#{ref}] {topic}',
    'Bonjour {first},\nmerci de votre patience. J’ai corrigé cela de notre côté, le changement sera visible sous 24 h.\nBien cordialement,\n{sender}, support {brand}\n\nTicket #{ref} : répondez au-dessus de cette ligne.',
  ),
  'ticket-solved': w(
    'Votre demande #{ref} a été résolue',
    'Bonjour {first},\nvotre demande #{ref} « {topic} » a été marquée comme résolue.\nSi le problème persiste, répondez simplement à cet e-mail.\nSupport {brand}',
  ),
  sent: w(
    '{topic}',
    'Bonjour,\nj’ai un problème avec mon compte : {topic}. Pourriez-vous regarder ?\nMerci,\n{first}',
  ),
}

export const ES: Texts = {
  newsletter: w(
    'Boletín {brand}: novedades de la semana',
    'Hola {first}:\nesta semana, tres recetas nuevas, nuestras rebajas de invierno y noticias del equipo.\nLeer online: {link}\nRecibes este correo porque te suscribiste. Darte de baja: {link}',
  ),
  reply: w(
    'RE: {topic}',
    'Hola {first}:\nme parece bien, ¿a las siete y media? Llevo el postre.\n{sender}\n\nEl {date}, {first} escribió:\n> ¿Qué te parece?',
  ),
  list: w(
    '[{list}] RE: {topic}',
    'Me pasó lo mismo la semana pasada; con la última versión se arregló.\n-- \n{sender}\n_______________________________________________\nLista {list}\nBaja: {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Invitación: {topic} @ {date}',
    '{sender} te ha invitado a un evento.\n{topic}\nCuándo: {date}, 10:00 – 10:30\nUnirse: {link}\nSí - Quizás - No',
  ),
  document: w(
    '{sender} ha compartido "{topic}" contigo',
    '{sender} ha compartido un documento contigo.\n"{topic}"\nAbrir: {link}\nRecibes este correo porque {sender} ha compartido un archivo contigo.',
  ),
  'ticket-reply': w(
    'RE: [#{ref}] {topic}',
    'Hola {first}:\ngracias por tu paciencia. Lo he corregido en nuestro sistema; verás el cambio en un día.\nUn saludo,\n{sender}, soporte de {brand}\n\nTicket #{ref}: responde encima de esta línea.',
  ),
  'ticket-solved': w(
    'Tu solicitud #{ref} se ha resuelto',
    'Hola {first}:\ntu solicitud #{ref} "{topic}" se ha marcado como resuelta.\nSi el problema continúa, responde a este correo y se reabrirá.\nSoporte de {brand}',
  ),
  sent: w(
    '{topic}',
    'Hola:\ntengo un problema con mi cuenta: {topic}. ¿Podéis revisarlo?\nGracias,\n{first}',
  ),
}
