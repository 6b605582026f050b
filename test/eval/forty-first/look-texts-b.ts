// People writing, shared documents, list replies, and the vendor's answers on tickets the person
// opened (with the person's own first mail), one text per class and language, written for this
// set. Reply and forward prefixes are each language's usual ones.
import type { ByLang } from './wording.ts'

export { FWD, RE, TOPICS } from './look-words.ts'

export const REPLY: ByLang = {
  en: [
    '{re} {topic}',
    'Sounds good, we’ll be there around one. Shall I bring dessert?\n\n{sender}\n\n> On {date}, {name} wrote:\n> What do you think about {topic}?',
  ],
  de: [
    '{re} {topic}',
    'Klingt gut, wir kommen gegen eins. Soll ich den Nachtisch mitbringen?\n\n{sender}\n\n> Am {date} schrieb {name}:\n> Was meinst du zu {topic}?',
  ],
  fr: [
    '{re} {topic}',
    'Parfait, on arrive vers 13 h. J’apporte le dessert ?\n\n{sender}\n\n> Le {date}, {name} a écrit :\n> Qu’en penses-tu : {topic} ?',
  ],
  es: [
    '{re} {topic}',
    'Perfecto, llegamos sobre la una. ¿Llevo el postre?\n\n{sender}\n\n> El {date}, {name} escribió:\n> ¿Qué te parece lo de {topic}?',
  ],
  pt: [
    '{re} {topic}',
    'Combinado, chegamos por volta da uma. Levo a sobremesa?\n\n{sender}\n\n> Em {date}, {name} escreveu:\n> O que achas de {topic}?',
  ],
  it: [
    '{re} {topic}',
    'Perfetto, arriviamo verso l’una. Porto io il dolce?\n\n{sender}\n\n> Il {date}, {name} ha scritto:\n> Che ne pensi di {topic}?',
  ],
  nl: [
    '{re} {topic}',
    'Prima, we zijn er rond één uur. Zal ik het toetje meenemen?\n\n{sender}\n\n> Op {date} schreef {name}:\n> Wat vind je van {topic}?',
  ],
}

export const FORWARD: ByLang = {
  en: [
    '{fwd} {topic}',
    'See below – thought you’d want this.\n\n{sender}\n\n---------- Forwarded message ---------\nFrom: {other}\nSubject: {topic}\n\nHi all, details are in the attachment.',
  ],
  de: [
    '{fwd} {topic}',
    'Siehe unten – das interessiert dich bestimmt.\n\n{sender}\n\n-----Ursprüngliche Nachricht-----\nVon: {other}\nBetreff: {topic}\n\nHallo zusammen, Details im Anhang.',
  ],
  fr: [
    '{fwd} {topic}',
    'Voir ci-dessous, ça devrait t’intéresser.\n\n{sender}\n\n-------- Message transféré --------\nDe : {other}\nObjet : {topic}\n\nBonjour à tous, les détails sont en pièce jointe.',
  ],
  es: [
    '{fwd} {topic}',
    'Te lo reenvío, creo que te interesa.\n\n{sender}\n\n---------- Mensaje reenviado ---------\nDe: {other}\nAsunto: {topic}\n\nHola a todos, os dejo los detalles adjuntos.',
  ],
  pt: [
    '{fwd} {topic}',
    'Reencaminho, acho que te interessa.\n\n{sender}\n\n---------- Mensagem encaminhada ---------\nDe: {other}\nAssunto: {topic}\n\nOlá a todos, os detalhes seguem em anexo.',
  ],
  it: [
    '{fwd} {topic}',
    'Ti inoltro questa, penso ti interessi.\n\n{sender}\n\n---------- Messaggio inoltrato ---------\nDa: {other}\nOggetto: {topic}\n\nCiao a tutti, i dettagli sono in allegato.',
  ],
  nl: [
    '{fwd} {topic}',
    'Zie hieronder, lijkt me handig voor je.\n\n{sender}\n\n---------- Doorgestuurd bericht ---------\nVan: {other}\nOnderwerp: {topic}\n\nHoi allemaal, de details staan in de bijlage.',
  ],
}

export const SHARED_DOC: ByLang = {
  en: [
    '{sender} shared “{doc}” with you',
    '{sender} has invited you to edit the following document:\n\n{doc}\n\nOpen: {link}\n\nYou received this because someone shared a file with {email}.',
  ],
  de: [
    '{sender} hat „{doc}“ für Sie freigegeben',
    '{sender} hat Sie eingeladen, dieses Dokument zu bearbeiten:\n\n{doc}\n\nÖffnen: {link}',
  ],
  fr: [
    '{sender} a partagé « {doc} » avec vous',
    '{sender} vous a invité à modifier ce document :\n\n{doc}\n\nOuvrir : {link}',
  ],
  es: [
    '{sender} ha compartido «{doc}» contigo',
    '{sender} te ha invitado a editar este documento:\n\n{doc}\n\nAbrir: {link}',
  ],
  pt: [
    '{sender} partilhou «{doc}» consigo',
    '{sender} convidou-o a editar este documento:\n\n{doc}\n\nAbrir: {link}',
  ],
  it: [
    '{sender} ha condiviso «{doc}» con te',
    '{sender} ti ha invitato a modificare questo documento:\n\n{doc}\n\nApri: {link}',
  ],
  nl: [
    '{sender} heeft ‘{doc}’ met je gedeeld',
    '{sender} heeft je uitgenodigd dit document te bewerken:\n\n{doc}\n\nOpenen: {link}',
  ],
}

export const LIST_REPLY: ByLang = {
  en: [
    '[{list}] {re} {topic}',
    'I had the same problem last winter; bleeding the radiators fixed it.\n\n{sender}\n\n--\n{list} mailing list – manage your subscription: {link}',
  ],
  de: [
    '[{list}] {re} {topic}',
    'Das Problem hatte ich letzten Winter auch, Entlüften hat geholfen.\n\n{sender}\n\n--\nMailingliste {list} – Abo verwalten: {link}',
  ],
  fr: [
    '[{list}] {re} {topic}',
    'J’ai eu le même souci l’hiver dernier, purger les radiateurs a suffi.\n\n{sender}\n\n--\nListe {list} – gérer l’abonnement : {link}',
  ],
  es: [
    '[{list}] {re} {topic}',
    'Me pasó lo mismo el invierno pasado; purgar los radiadores lo arregló.\n\n{sender}\n\n--\nLista {list} – gestionar suscripción: {link}',
  ],
  pt: [
    '[{list}] {re} {topic}',
    'Tive o mesmo problema no inverno passado; purgar os radiadores resolveu.\n\n{sender}\n\n--\nLista {list} – gerir subscrição: {link}',
  ],
  it: [
    '[{list}] {re} {topic}',
    'Stesso problema l’inverno scorso, sfiatare i termosifoni ha risolto.\n\n{sender}\n\n--\nLista {list} – gestisci iscrizione: {link}',
  ],
  nl: [
    '[{list}] {re} {topic}',
    'Had ik vorige winter ook; de radiatoren ontluchten hielp.\n\n{sender}\n\n--\nMailinglijst {list} – abonnement beheren: {link}',
  ],
}

/** The person's own first mail to a vendor (sent folder), days before the vendor's answers. */
export const TICKET_SENT: ByLang = {
  en: [
    'Order {ref}: wrong size delivered',
    'Hello,\n\nI received the jacket from order {ref} in size M instead of L. Could you exchange it?\n\nThanks,\n{name}',
  ],
  de: [
    'Bestellung {ref}: falsche Größe geliefert',
    'Hallo,\n\naus Bestellung {ref} kam die Jacke in M statt L. Können Sie sie umtauschen?\n\nDanke,\n{name}',
  ],
  fr: [
    'Commande {ref} : mauvaise taille livrée',
    'Bonjour,\n\nJ’ai reçu la veste de la commande {ref} en M au lieu de L. Pouvez-vous l’échanger ?\n\nMerci,\n{name}',
  ],
  es: [
    'Pedido {ref}: talla equivocada',
    'Hola:\n\nMe ha llegado la chaqueta del pedido {ref} en talla M en vez de L. ¿Podéis cambiarla?\n\nGracias,\n{name}',
  ],
  pt: [
    'Encomenda {ref}: tamanho errado',
    'Olá,\n\nRecebi o casaco da encomenda {ref} no tamanho M em vez de L. Podem trocar?\n\nObrigado,\n{name}',
  ],
  it: [
    'Ordine {ref}: taglia sbagliata',
    'Buongiorno,\n\nla giacca dell’ordine {ref} è arrivata in taglia M invece di L. Potete sostituirla?\n\nGrazie,\n{name}',
  ],
  nl: [
    'Bestelling {ref}: verkeerde maat geleverd',
    'Hallo,\n\nDe jas uit bestelling {ref} kwam in maat M in plaats van L. Kunnen jullie hem ruilen?\n\nBedankt,\n{name}',
  ],
}

export const TICKET_REPLY: ByLang = {
  en: [
    '{re} Order {ref}: wrong size delivered [#{ticket}]',
    'Hi {name},\n\nSorry about that! I’ve sent you a free returns label; the size L goes out as soon as we scan the parcel.\n\n{sender}, {brand} Customer Service',
  ],
  de: [
    '{re} Bestellung {ref}: falsche Größe geliefert [#{ticket}]',
    'Hallo {name},\n\ndas tut uns leid! Anbei ein kostenloses Rücksendeetikett; Größe L geht raus, sobald das Paket bei uns ist.\n\n{sender}, {brand} Kundenservice',
  ],
  fr: [
    '{re} Commande {ref} : mauvaise taille livrée [#{ticket}]',
    'Bonjour {name},\n\nDésolés ! Voici une étiquette de retour gratuite ; la taille L part dès réception du colis.\n\n{sender}, service client {brand}',
  ],
  es: [
    '{re} Pedido {ref}: talla equivocada [#{ticket}]',
    'Hola {name}:\n\n¡Lo sentimos! Te envío una etiqueta de devolución gratuita; la talla L sale en cuanto recibamos el paquete.\n\n{sender}, atención al cliente {brand}',
  ],
  pt: [
    '{re} Encomenda {ref}: tamanho errado [#{ticket}]',
    'Olá {name},\n\nLamentamos! Segue uma etiqueta de devolução grátis; o tamanho L segue assim que recebermos a encomenda.\n\n{sender}, apoio ao cliente {brand}',
  ],
  it: [
    '{re} Ordine {ref}: taglia sbagliata [#{ticket}]',
    'Ciao {name},\n\nci dispiace! Ti invio un’etichetta di reso gratuita; la taglia L parte appena riceviamo il pacco.\n\n{sender}, servizio clienti {brand}',
  ],
  nl: [
    '{re} Bestelling {ref}: verkeerde maat geleverd [#{ticket}]',
    'Hallo {name},\n\nExcuses! Hierbij een gratis retourlabel; maat L gaat de deur uit zodra we het pakket binnen hebben.\n\n{sender}, klantenservice {brand}',
  ],
}

export const TICKET_SOLVED: ByLang = {
  en: [
    '[#{ticket}] Your request has been solved',
    'Hi {name},\n\nYour request “Order {ref}: wrong size delivered” has been marked as solved. If anything is still wrong, just reply and it will reopen.\n\n{brand} Customer Service',
  ],
  de: [
    '[#{ticket}] Ihre Anfrage wurde gelöst',
    'Hallo {name},\n\nIhre Anfrage „Bestellung {ref}: falsche Größe geliefert“ wurde als gelöst markiert. Antworten Sie einfach, falls noch etwas offen ist.\n\n{brand} Kundenservice',
  ],
  fr: [
    '[#{ticket}] Votre demande a été résolue',
    'Bonjour {name},\n\nVotre demande « Commande {ref} : mauvaise taille livrée » est marquée comme résolue. Répondez simplement si un point reste ouvert.\n\nService client {brand}',
  ],
  es: [
    '[#{ticket}] Tu solicitud se ha resuelto',
    'Hola {name}:\n\nTu solicitud «Pedido {ref}: talla equivocada» se ha marcado como resuelta. Si algo sigue mal, responde y se reabrirá.\n\nAtención al cliente {brand}',
  ],
  pt: [
    '[#{ticket}] O seu pedido foi resolvido',
    'Olá {name},\n\nO seu pedido «Encomenda {ref}: tamanho errado» foi marcado como resolvido. Se algo ainda estiver mal, responda e será reaberto.\n\nApoio ao cliente {brand}',
  ],
  it: [
    '[#{ticket}] La tua richiesta è stata risolta',
    'Ciao {name},\n\nla tua richiesta «Ordine {ref}: taglia sbagliata» è stata segnata come risolta. Se qualcosa non va, rispondi e verrà riaperta.\n\nServizio clienti {brand}',
  ],
  nl: [
    '[#{ticket}] Je verzoek is opgelost',
    'Hallo {name},\n\nJe verzoek ‘Bestelling {ref}: verkeerde maat geleverd’ is als opgelost gemarkeerd. Klopt er nog iets niet? Reageer dan en het wordt heropend.\n\n{brand} Klantenservice',
  ],
}
