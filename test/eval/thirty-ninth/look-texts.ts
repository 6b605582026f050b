// Everyday mail that shares a wave's look (first-time senders, automated notices, links): one text
// per class and language (en de fr es pt it nl; first line the subject). Replies and forwards get
// each language's prefix; a ticket reply quotes the ticket the person opened days before.
import type { LookClass } from './look.ts'

export const REPLY = ['Re:', 'AW:', 'RE :', 'RE:', 'RES:', 'R:', 'Antw:']
export const FORWARD = ['Fwd:', 'WG:', 'TR :', 'RV:', 'ENC:', 'I:', 'Doorst:']

export const LOOK_TEXTS: Record<LookClass, readonly string[]> = {
  newsletter: [
    'This week at {brand}: winter reading list\nHi {first}, our editors picked twelve books for long evenings. Plus: the café opens on Sundays. Unsubscribe any time.',
    'Diese Woche bei {brand}: Lesetipps für den Winter\nHallo {first}, zwölf Bücher für lange Abende. Außerdem: Das Café öffnet sonntags. Abmelden jederzeit möglich.',
    'Cette semaine chez {brand} : nos lectures d’hiver\nBonjour {first}, douze livres pour les longues soirées. Et le café ouvre le dimanche. Se désinscrire à tout moment.',
    'Esta semana en {brand}: lecturas de invierno\nHola {first}, doce libros para las tardes largas. Y la cafetería abre los domingos. Darse de baja cuando quieras.',
    'Esta semana na {brand}: leituras de inverno\nOlá {first}, doze livros para noites longas. E o café abre aos domingos. Cancele a inscrição quando quiser.',
    'Questa settimana da {brand}: letture d’inverno\nCiao {first}, dodici libri per le serate lunghe. E il bar apre la domenica. Disiscriviti quando vuoi.',
    'Deze week bij {brand}: winterse leestips\nHoi {first}, twaalf boeken voor lange avonden. En het café is nu ook op zondag open. Afmelden kan altijd.',
  ],
  reply: [
    '{re} Saturday dinner\nSounds great, {first}! We can bring dessert. Is 7 pm still ok?\n> Are you free on Saturday?',
    '{re} Abendessen am Samstag\nKlingt super, {first}! Wir bringen den Nachtisch mit. Passt 19 Uhr noch?\n> Habt ihr Samstag Zeit?',
    '{re} Dîner samedi\nAvec plaisir, {first} ! On apporte le dessert. 19 h, ça tient toujours ?\n> Vous êtes libres samedi ?',
    '{re} Cena del sábado\n¡Genial, {first}! Llevamos el postre. ¿Sigue bien a las 19 h?\n> ¿Estáis libres el sábado?',
    '{re} Jantar de sábado\nÓtimo, {first}! Levamos a sobremesa. 19h continua de pé?\n> Vocês estão livres no sábado?',
    '{re} Cena di sabato\nPerfetto, {first}! Portiamo il dolce. Le 19 vanno ancora bene?\n> Siete liberi sabato?',
    '{re} Etentje zaterdag\nLeuk, {first}! Wij nemen het toetje mee. Is 19 uur nog goed?\n> Hebben jullie zaterdag tijd?',
  ],
  forward: [
    '{fw} Photos from the school trip\nFor you, {first} – the teacher sent these this morning.\n---------- Forwarded message ----------\nDear parents, attached are the pictures from Tuesday.',
    '{fw} Fotos vom Schulausflug\nFür dich, {first} – hat die Lehrerin heute früh geschickt.\n---------- Weitergeleitete Nachricht ----------\nLiebe Eltern, anbei die Bilder vom Dienstag.',
    '{fw} Photos de la sortie scolaire\nPour toi, {first} – l’institutrice les a envoyées ce matin.\n---------- Message transféré ----------\nChers parents, voici les photos de mardi.',
    '{fw} Fotos de la excursión\nPara ti, {first}: la profe las mandó esta mañana.\n---------- Mensaje reenviado ----------\nQueridas familias, os adjunto las fotos del martes.',
    '{fw} Fotos do passeio da escola\nPara você, {first} – a professora mandou hoje cedo.\n---------- Mensagem encaminhada ----------\nQueridos pais, seguem as fotos de terça.',
    '{fw} Foto della gita scolastica\nPer te, {first} – le ha mandate la maestra stamattina.\n---------- Messaggio inoltrato ----------\nCari genitori, ecco le foto di martedì.',
    '{fw} Foto’s van het schoolreisje\nVoor jou, {first} – de juf stuurde ze vanochtend.\n---------- Doorgestuurd bericht ----------\nBeste ouders, hierbij de foto’s van dinsdag.',
  ],
  calendar: [
    'Invitation: Project kick-off @ Tue 10:00 - 11:00\n{brand} invited you to Project kick-off. Join by video call. Going? Yes - Maybe - No',
    'Einladung: Projektstart @ Di 10:00 - 11:00\n{brand} hat dich zum Projektstart eingeladen. Teilnehmen? Ja - Vielleicht - Nein',
    'Invitation : Lancement du projet @ mar. 10:00 - 11:00\n{brand} vous invite au lancement du projet. Participer ? Oui - Peut-être - Non',
    'Invitación: Arranque del proyecto @ mar 10:00 - 11:00\n{brand} te ha invitado al arranque del proyecto. ¿Asistirás? Sí - Quizás - No',
    'Convite: Início do projeto @ ter 10:00 - 11:00\n{brand} convidou você para o início do projeto. Vai participar? Sim - Talvez - Não',
    'Invito: Avvio del progetto @ mar 10:00 - 11:00\n{brand} ti ha invitato all’avvio del progetto. Partecipi? Sì - Forse - No',
    'Uitnodiging: Projectstart @ di 10:00 - 11:00\n{brand} heeft je uitgenodigd voor de projectstart. Kom je? Ja - Misschien - Nee',
  ],
  'shared-doc': [
    '{brand} shared "Budget 2027" with you\n{brand} has invited you to edit the following spreadsheet: Budget 2027. Open: {link}',
    '{brand} hat „Budget 2027“ mit dir geteilt\n{brand} hat dich eingeladen, diese Tabelle zu bearbeiten: Budget 2027. Öffnen: {link}',
    '{brand} a partagé « Budget 2027 » avec vous\n{brand} vous invite à modifier la feuille de calcul Budget 2027. Ouvrir : {link}',
    '{brand} ha compartido «Presupuesto 2027» contigo\n{brand} te ha invitado a editar la hoja de cálculo. Abrir: {link}',
    '{brand} compartilhou "Orçamento 2027" com você\n{brand} convidou você para editar a planilha. Abrir: {link}',
    '{brand} ha condiviso "Budget 2027" con te\n{brand} ti ha invitato a modificare il foglio di calcolo. Apri: {link}',
    '{brand} heeft "Begroting 2027" met je gedeeld\n{brand} nodigt je uit om de spreadsheet te bewerken. Openen: {link}',
  ],
  'list-reply': [
    '[hikers] {re} Route for Sunday\nI agree with the shorter loop, the upper path is icy. See you at the station at 8.',
    '[wandergruppe] {re} Route für Sonntag\nIch bin auch für die kürzere Runde, oben ist es vereist. Treffpunkt 8 Uhr am Bahnhof.',
    '[randonneurs] {re} Itinéraire de dimanche\nD’accord pour la boucle courte, le sentier du haut est verglacé. RDV à la gare à 8 h.',
    '[senderistas] {re} Ruta del domingo\nMejor la vuelta corta, el camino de arriba tiene hielo. Nos vemos en la estación a las 8.',
    '[trilheiros] {re} Trilha de domingo\nConcordo com o percurso curto, a parte de cima está escorregadia. Encontro na estação às 8.',
    '[escursionisti] {re} Percorso di domenica\nMeglio l’anello corto, il sentiero alto è ghiacciato. Ci vediamo in stazione alle 8.',
    '[wandelclub] {re} Route voor zondag\nIk ben ook voor de korte lus, het bovenste pad is glad. Om 8 uur bij het station.',
  ],
  'ticket-reply': [
    '{re} [Ticket #{ref}] Order arrived damaged\nHi {first}, thanks for the photos. We are sending a replacement today; no need to return the damaged item.\n> Ticket #{ref}: Order arrived damaged',
    '{re} [Ticket #{ref}] Bestellung beschädigt angekommen\nHallo {first}, danke für die Fotos. Wir schicken heute Ersatz, die Rücksendung ist nicht nötig.\n> Ticket #{ref}: Bestellung beschädigt angekommen',
    '{re} [Ticket #{ref}] Commande arrivée abîmée\nBonjour {first}, merci pour les photos. Nous expédions un remplacement aujourd’hui.\n> Ticket #{ref} : Commande arrivée abîmée',
    '{re} [Ticket #{ref}] Pedido llegó dañado\nHola {first}, gracias por las fotos. Hoy enviamos un reemplazo, no hace falta devolverlo.\n> Ticket #{ref}: Pedido llegó dañado',
    '{re} [Ticket #{ref}] Pedido chegou danificado\nOlá {first}, obrigado pelas fotos. Enviamos a troca hoje, não precisa devolver.\n> Ticket #{ref}: Pedido chegou danificado',
    '{re} [Ticket #{ref}] Ordine arrivato danneggiato\nCiao {first}, grazie per le foto. Spediamo oggi la sostituzione, non serve restituire.\n> Ticket #{ref}: Ordine arrivato danneggiato',
    '{re} [Ticket #{ref}] Bestelling beschadigd aangekomen\nHoi {first}, bedankt voor de foto’s. We sturen vandaag een vervanging, terugsturen is niet nodig.\n> Ticket #{ref}: Bestelling beschadigd aangekomen',
  ],
  receipt: [
    'Your receipt from {brand} #{ref}\nThanks for your order, {first}. Total paid: 38.40 EUR by card ending 4417. Delivery Thursday.',
    'Ihre Quittung von {brand} Nr. {ref}\nDanke für Ihre Bestellung, {first}. Bezahlt: 38,40 EUR mit Karte endend auf 4417. Lieferung Donnerstag.',
    'Votre reçu {brand} n° {ref}\nMerci pour votre commande, {first}. Total payé : 38,40 EUR par carte se terminant par 4417.',
    'Tu recibo de {brand} n.º {ref}\nGracias por tu pedido, {first}. Total pagado: 38,40 EUR con la tarjeta acabada en 4417.',
    'Seu recibo da {brand} nº {ref}\nObrigado pelo pedido, {first}. Total pago: R$ 189,90 no cartão final 4417.',
    'La tua ricevuta {brand} n. {ref}\nGrazie per l’ordine, {first}. Totale pagato: 38,40 EUR con carta che termina con 4417.',
    'Je betaalbewijs van {brand} nr. {ref}\nBedankt voor je bestelling, {first}. Betaald: 38,40 EUR met kaart eindigend op 4417.',
  ],
  invoice: [
    'Invoice {ref} from {brand}\nDear {first}, please find attached invoice {ref} for December: 59.00 EUR, due on 20 December by direct debit.',
    'Rechnung {ref} von {brand}\nHallo {first}, anbei die Rechnung {ref} für Dezember: 59,00 EUR, Abbuchung am 20. Dezember.',
    'Facture {ref} de {brand}\nBonjour {first}, veuillez trouver la facture {ref} de décembre : 59,00 EUR, prélevée le 20 décembre.',
    'Factura {ref} de {brand}\nHola {first}, adjuntamos la factura {ref} de diciembre: 59,00 EUR, se cargará el 20 de diciembre.',
    'Fatura {ref} da {brand}\nOlá {first}, segue a fatura {ref} de dezembro: R$ 59,00, débito em 20 de dezembro.',
    'Fattura {ref} di {brand}\nCiao {first}, in allegato la fattura {ref} di dicembre: 59,00 EUR, addebito il 20 dicembre.',
    'Factuur {ref} van {brand}\nBeste {first}, bijgaand factuur {ref} voor december: 59,00 EUR, incasso op 20 december.',
  ],
  'bank-alert': [
    'Card payment of 212.35 EUR approved\n{brand}: your card ending 4417 was used for 212.35 EUR at an electronics store. Not you? Call the number on your card.',
    'Kartenzahlung über 212,35 EUR genehmigt\n{brand}: Ihre Karte mit Endziffern 4417 wurde für 212,35 EUR genutzt. Nicht Sie? Rufen Sie uns an.',
    'Paiement par carte de 212,35 EUR accepté\n{brand} : votre carte se terminant par 4417 a été utilisée pour 212,35 EUR.',
    'Pago con tarjeta de 212,35 EUR aprobado\n{brand}: tu tarjeta terminada en 4417 se ha usado por 212,35 EUR.',
    'Compra no cartão de R$ 212,35 aprovada\n{brand}: seu cartão final 4417 foi usado em uma compra de R$ 212,35.',
    'Pagamento con carta di 212,35 EUR autorizzato\n{brand}: la carta che termina con 4417 è stata usata per 212,35 EUR.',
    'Kaartbetaling van 212,35 EUR goedgekeurd\n{brand}: je kaart eindigend op 4417 is gebruikt voor 212,35 EUR.',
  ],
  'security-alert': [
    'New sign-in to your {brand} account\nWe noticed a new sign-in from Firefox on Windows. If this was you, nothing to do. If not, change your password now.',
    'Neue Anmeldung bei deinem {brand}-Konto\nWir haben eine Anmeldung mit Firefox unter Windows bemerkt. Warst du das nicht, ändere sofort dein Passwort.',
    'Nouvelle connexion à votre compte {brand}\nConnexion détectée depuis Firefox sous Windows. Si ce n’était pas vous, changez votre mot de passe.',
    'Nuevo inicio de sesión en tu cuenta de {brand}\nDetectamos un acceso desde Firefox en Windows. Si no fuiste tú, cambia tu contraseña.',
    'Novo acesso à sua conta {brand}\nDetectamos um login pelo Firefox no Windows. Se não foi você, troque sua senha.',
    'Nuovo accesso al tuo account {brand}\nAbbiamo rilevato un accesso da Firefox su Windows. Se non sei stato tu, cambia la password.',
    'Nieuwe aanmelding bij je {brand}-account\nWe zagen een aanmelding via Firefox op Windows. Was jij dit niet, wijzig dan je wachtwoord.',
  ],
}

/** The person's own first mail of a ticket thread (sent folder), days before the reply. */
export const TICKET_OPEN = [
  'Order arrived damaged\nHello, my order arrived with a broken lid. Photos attached.',
  'Bestellung beschädigt angekommen\nHallo, der Deckel war kaputt. Fotos anbei.',
  'Commande arrivée abîmée\nBonjour, le couvercle est cassé. Photos jointes.',
  'Pedido llegó dañado\nHola, la tapa llegó rota. Adjunto fotos.',
  'Pedido chegou danificado\nOlá, a tampa chegou quebrada. Fotos em anexo.',
  'Ordine arrivato danneggiato\nBuongiorno, il coperchio è rotto. Foto in allegato.',
  'Bestelling beschadigd aangekomen\nHallo, het deksel is kapot. Foto’s bijgevoegd.',
]
