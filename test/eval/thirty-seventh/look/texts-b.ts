// Look-alike texts (fr, es), two per class, written for this set (slots as in texts-a.ts).
import type { LookTexts } from './types.ts'

export const LOOK_FR: LookTexts = {
  newsletter: [
    'La lettre {brand} | 5 outils qui font gagner une heure par jour au support :: Bonjour {first},\n\nau programme : des macros vraiment utiles, une check-list pour les congés et notre webinaire du {date}.\n\nLire en ligne : {link}\n\nSe désabonner ou gérer vos préférences : {link}',
    'Les nouveautés d’octobre chez {brand} 🚀 :: Ce mois-ci : modification en masse, recherche plus rapide et nouvelle appli mobile.\n\nTout voir : {link}\n\nVous recevez cet e-mail en tant que client {brand}. Désabonnement : {link}',
  ],
  colleague: [
    'RE : Planning du support T4 :: Salut {first},\n\nça me va. Tu peux ajouter les permanences du samedi avant jeudi ?\n\nMerci,\n{cname}\n\n> Lundi, tu as écrit :\n> Brouillon joint, vos remarques sont bienvenues.',
    'RE : petite question sur le client Mercier :: Oui, ils ont renouvelé la semaine dernière. J’ai transmis le contrat au juridique.\n\n{cname}',
  ],
  customer: [
    'Merci pour votre aide rapide ! :: Bonjour {first},\n\nje voulais juste vous remercier : la solution a marché et l’équipe peut de nouveau travailler.\n\nBien à vous,\n{cname}',
    'Commande {order} - petite modification :: Bonjour,\n\npourriez-vous changer l’adresse de livraison de la commande {order} pour nos nouveaux bureaux ? 14 rue des Tanneurs, Lyon.\n\nCordialement,\n{cname}',
  ],
  forward: [
    'TR : Contestation de facture Garnier & Fils :: {first}, tu peux regarder ? Voir plus bas.\n\n{cname}\n\n---------- Message transféré ---------\nObjet : Contestation de facture\nSeptembre nous a été facturé deux fois.',
    'TR : Infos pour la conférence téléphonique :: Pour info - le lien de demain.\n\n---------- Message transféré ---------\nDe : {brand} Événements\nLien : {link}',
  ],
  calendar: [
    'Invitation : Point support hebdo @ {date} 10:00 - 10:30 :: {cname} vous a invité à « Point support hebdo ».\n\nQuand : {date} 10:00-10:30\nOù : salle 2 / lien visio {link}\n\nAccepter - Peut-être - Refuser',
    'Invitation mise à jour : Revue budget déplacée au {date} 15:00 :: {cname} a modifié l’horaire de la revue budget.\n\nNouvel horaire : {date} 15:00-16:00\nRejoindre : {link}',
  ],
  'shared-doc': [
    '{cname} a partagé « Feuille de route T4 » avec vous :: {cname} a partagé un document avec vous :\n\nFeuille de route T4\n« Merci d’ajouter vos sujets avant vendredi. »\n\nOuvrir : {link}\n\n{brand} Docs',
    '{cname} vous a mentionné dans « Guide du support » :: {cname} vous a mentionné dans un commentaire :\n\n« @{first} tu peux relire la partie escalade ? »\n\nRépondre : {link}',
  ],
  'list-reply': [
    '[{list}] Re: Migration depuis l’ancien formulaire :: {cname} a écrit :\n\nOn l’a fait au printemps : gardez la redirection de l’ancienne URL au moins un mois.\n\n> Quelqu’un a migré récemment ?\n\n--\nListe {list}\n{link}',
    '[{list}] Re: Rencontre en novembre ? :: +1, on peut accueillir au bureau. {cname}\n\n--\nVous êtes abonné à {list}. Désabonnement : {link}',
  ],
  'vendor-ticket': [
    'RE : [Ticket n°{ticket}] {vsubject} :: Bonjour {first},\n\nmerci de votre patience. Nous avons trouvé la cause du problème signalé dans le ticket n°{ticket} et déployé un correctif ce matin.\n\nPouvez-vous confirmer que tout fonctionne ?\n\n{cname}\nSupport {brand}\n\n> {vsubject}',
    '[{brand}] Suivi de votre demande n°{ticket} :: Bonjour {first},\n\nvotre demande « {vsubject} » (n°{ticket}) a été transmise à notre équipe technique. Retour sous deux jours ouvrés.\n\nSupport {brand}',
  ],
  receipt: [
    'Votre reçu {brand} n°{ref} :: Reçu n°{ref}\n\nMontant payé : {amount}\nDate : {date}\nMoyen de paiement : Visa se terminant par {last4}\n\nUne question ? Répondez à cet e-mail.',
    'Paiement reçu - merci :: Nous avons bien reçu votre paiement de {amount} le {date}. Reçu n°{ref}.\n\n{brand}',
  ],
  invoice: [
    'Facture {ref} de {brand} :: Bonjour,\n\nveuillez trouver ci-joint la facture {ref} de {amount}, échéance le {date}. Elle sera prélevée sur votre carte se terminant par {last4}.\n\nVoir la facture : {link}',
    'Votre facture {brand} est disponible :: La facture {ref} ({amount}) de votre abonnement est disponible.\n\nTélécharger : {link}',
  ],
  'bank-alert': [
    'Paiement par carte de {amount} chez {merchant} :: Votre carte {brand} se terminant par {last4} a été utilisée pour {amount} chez {merchant} le {date} à {time}.\n\nCe n’est pas vous ? Appelez le numéro au dos de votre carte.',
    'Vous avez reçu {amount} :: Un virement de {amount} de {cname} est arrivé sur votre compte {brand} se terminant par {last4}.',
  ],
  'security-alert': [
    'Nouvelle connexion à votre compte {brand} :: Nouvelle connexion à votre compte {brand} le {date} à {time} depuis Chrome sous Windows.\n\nSi c’était vous, rien à faire. Sinon, sécurisez votre compte : {link}',
    'Le mot de passe de votre compte {brand} a été modifié :: Le mot de passe de votre compte {brand} a été modifié le {date}. Si ce n’était pas vous, réinitialisez-le : {link}',
  ],
}

export const LOOK_ES: LookTexts = {
  newsletter: [
    'Boletín {brand} | 5 herramientas que ahorran una hora al día al equipo de soporte :: Hola {first}:\n\nesta semana: macros que sí ayudan, una lista para cubrir las vacaciones y nuestro webinar del {date}.\n\nLeer en la web: {link}\n\nDarse de baja o cambiar preferencias: {link}',
    'Novedades de octubre en {brand} 🚀 :: Este mes: edición masiva, búsqueda más rápida y app renovada.\n\nVer los cambios: {link}\n\nRecibes este correo por ser cliente de {brand}. Baja: {link}',
  ],
  colleague: [
    'RE: Plan de turnos del T4 :: Hola {first}:\n\nme parece bien. ¿Puedes añadir los turnos del sábado antes del jueves?\n\nGracias,\n{cname}\n\n> El lunes escribiste:\n> Adjunto borrador, se aceptan comentarios.',
    'RE: duda rápida sobre el cliente Herrera :: Sí, renovaron la semana pasada. Le pasé el contrato a jurídico.\n\n{cname}',
  ],
  customer: [
    '¡Gracias por la ayuda tan rápida! :: Hola {first}:\n\nsolo quería daros las gracias: la solución funcionó y el equipo ya puede trabajar.\n\nUn saludo,\n{cname}',
    'Pedido {order} - un pequeño cambio :: Hola:\n\n¿podéis cambiar la dirección de entrega del pedido {order} a nuestra nueva oficina? Calle del Molino 14, Valencia.\n\nGracias,\n{cname}',
  ],
  forward: [
    'RV: Reclamación de factura de Torres e Hijos :: {first}, ¿puedes revisarlo? Ver abajo.\n\n{cname}\n\n---------- Mensaje reenviado ---------\nAsunto: Reclamación de factura\nNos han cobrado septiembre dos veces.',
    'RV: Datos de la llamada :: Para tu información - el enlace de mañana.\n\n---------- Mensaje reenviado ---------\nDe: {brand} Eventos\nEnlace: {link}',
  ],
  calendar: [
    'Invitación: Reunión semanal de soporte @ {date} 10:00 - 10:30 :: {cname} te ha invitado a «Reunión semanal de soporte».\n\nCuándo: {date} 10:00-10:30\nDónde: sala 2 / videollamada {link}\n\nSí - Quizás - No',
    'Invitación actualizada: Revisión de presupuesto movida al {date} 15:00 :: {cname} ha cambiado la hora de la revisión de presupuesto.\n\nNueva hora: {date} 15:00-16:00\nUnirse: {link}',
  ],
  'shared-doc': [
    '{cname} ha compartido «Hoja de ruta T4» contigo :: {cname} ha compartido un documento contigo:\n\nHoja de ruta T4\n«Añadid vuestros puntos antes del viernes.»\n\nAbrir: {link}\n\n{brand} Docs',
    '{cname} te ha mencionado en «Manual de soporte» :: {cname} te ha mencionado en un comentario:\n\n«@{first} ¿puedes revisar la sección de escalado?»\n\nResponder: {link}',
  ],
  'list-reply': [
    '[{list}] Re: Migrar desde el formulario antiguo :: {cname} escribió:\n\nLo hicimos en primavera: mantened la redirección de la URL antigua al menos un mes.\n\n> ¿Alguien ha migrado hace poco?\n\n--\nLista {list}\n{link}',
    '[{list}] Re: ¿Quedada en noviembre? :: +1, podemos hacerla en nuestra oficina. {cname}\n\n--\nEstás suscrito a {list}. Baja: {link}',
  ],
  'vendor-ticket': [
    'RE: [Ticket #{ticket}] {vsubject} :: Hola {first}:\n\ngracias por tu paciencia. Hemos encontrado la causa del problema del ticket #{ticket} y esta mañana hemos desplegado la solución.\n\n¿Puedes confirmar que ya funciona?\n\n{cname}\nSoporte {brand}\n\n> {vsubject}',
    '[{brand}] Novedades sobre tu solicitud #{ticket} :: Hola {first}:\n\ntu solicitud «{vsubject}» (#{ticket}) se ha escalado a nuestro equipo técnico. Te informaremos en dos días hábiles.\n\nSoporte {brand}',
  ],
  receipt: [
    'Tu recibo de {brand} n.º {ref} :: Recibo n.º {ref}\n\nImporte pagado: {amount}\nFecha: {date}\nMedio de pago: Visa terminada en {last4}\n\n¿Dudas? Responde a este correo.',
    'Pago recibido - gracias :: Hemos recibido tu pago de {amount} el {date}. Recibo n.º {ref}.\n\n{brand}',
  ],
  invoice: [
    'Factura {ref} de {brand} :: Hola:\n\nadjuntamos la factura {ref} por {amount}, con vencimiento el {date}. Se cargará en tu tarjeta terminada en {last4}.\n\nVer factura: {link}',
    'Tu factura de {brand} ya está disponible :: La factura {ref} ({amount}) de tu suscripción ya está disponible.\n\nDescargar: {link}',
  ],
  'bank-alert': [
    'Pago con tarjeta de {amount} en {merchant} :: Tu tarjeta {brand} terminada en {last4} se ha usado para pagar {amount} en {merchant} el {date} a las {time}.\n\n¿No has sido tú? Llámanos al número de tu tarjeta.',
    'Has recibido {amount} :: Ha llegado una transferencia de {amount} de {cname} a tu cuenta {brand} terminada en {last4}.',
  ],
  'security-alert': [
    'Nuevo inicio de sesión en tu cuenta de {brand} :: Hemos detectado un inicio de sesión en tu cuenta de {brand} el {date} a las {time} desde Chrome en Windows.\n\nSi fuiste tú, no hagas nada. Si no, protege tu cuenta: {link}',
    'Se ha cambiado la contraseña de tu cuenta de {brand} :: La contraseña de tu cuenta de {brand} se cambió el {date}. Si no fuiste tú, restablécela ya: {link}',
  ],
}
