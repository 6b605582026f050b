// Everyday mail the person wants, one text per class and language (en, de, fr, es), written for
// this set. Slots: {brand} {name} {who} {topic} {amount} {ref} {link} {date} {list} {card}.
import type { LookText } from './look-types.ts'

export const LOOK_A: Record<'en' | 'de' | 'fr' | 'es', LookText> = {
  en: {
    reply: 'Re:',
    forward: 'Fwd:',
    topics: ['dinner on Saturday', 'the photos from the trip', 'contract draft', 'Monday meeting'],
    newsletter: [
      '{brand} Weekly: what’s new this week',
      'Hi {name}, here is your weekly round-up from {brand}. Read online: {link}\nYou subscribed to this newsletter. Manage preferences or unsubscribe.',
    ],
    replyBody: [
      '',
      'Thanks {name}, that works for me. I’ll bring the rest on Saturday.\n{who}\n\n> On {date} you wrote:',
    ],
    forwardBody: [
      '',
      'See below, could you have a look?\n{who}\n\n---------- Forwarded message ---------\nFrom: {brand}\nSubject: {topic}',
    ],
    calendar: [
      'Invitation: {topic} @ {date}',
      '{who} has invited you to "{topic}" on {date}. Join with video link: {link}\nAccept | Maybe | Decline',
    ],
    shared: [
      '{who} shared "{topic}" with you',
      '{who} has shared a document with you: "{topic}". Open: {link}\nYou received this because someone shared a file with you.',
    ],
    listReply: [
      '',
      'I see the same on my side after the update; rolling back fixed it.\n-- \n{list} mailing list\nUnsubscribe: {link}',
    ],
    ticketReply: [
      'Re: {topic} [#{ref}]',
      'Hi {name},\nThanks for your patience. I checked your account and the refund was issued today; it should appear within 5 days.\nBest, {who} from {brand} Support',
    ],
    receipt: [
      'Your receipt from {brand} #{ref}',
      'Thanks for your order, {name}. Total paid: {amount}. Card ending {card}. Receipt number {ref}.',
    ],
    invoice: [
      'Invoice {ref} from {brand}',
      'Hello {name}, your invoice {ref} for {amount} is attached and will be charged on {date}.',
    ],
    bank: [
      'Card payment of {amount} approved',
      '{brand}: a payment of {amount} with your card ending {card} was approved on {date}. Not you? Call us now.',
    ],
    security: [
      'Security alert: new sign-in to your {brand} account',
      'We noticed a new sign-in from Firefox on Windows on {date}. If this was you, there is nothing to do. If not, secure your account: {link}',
    ],
    password: [
      'Your {brand} password was changed',
      'Hi {name}, the password for your {brand} account was changed on {date}. If you didn’t do this, contact us immediately.',
    ],
  },
  de: {
    reply: 'AW:',
    forward: 'WG:',
    topics: [
      'Abendessen am Samstag',
      'die Fotos vom Urlaub',
      'Vertragsentwurf',
      'Termin am Montag',
    ],
    newsletter: [
      '{brand} Wochenpost: Das ist neu',
      'Hallo {name}, hier ist Ihr Wochenrückblick von {brand}. Online lesen: {link}\nSie haben diesen Newsletter abonniert. Einstellungen ändern oder abmelden.',
    ],
    replyBody: [
      '',
      'Danke {name}, passt mir gut. Den Rest bringe ich am Samstag mit.\n{who}\n\n> Am {date} schrieben Sie:',
    ],
    forwardBody: [
      '',
      'Siehe unten, kannst du mal draufschauen?\n{who}\n\n---------- Weitergeleitete Nachricht ----------\nVon: {brand}\nBetreff: {topic}',
    ],
    calendar: [
      'Einladung: {topic} am {date}',
      '{who} hat Sie zu „{topic}“ am {date} eingeladen. Per Video teilnehmen: {link}\nZusagen | Vielleicht | Absagen',
    ],
    shared: [
      '{who} hat „{topic}“ für Sie freigegeben',
      '{who} hat ein Dokument mit Ihnen geteilt: „{topic}“. Öffnen: {link}',
    ],
    listReply: [
      '',
      'Bei mir genauso nach dem Update; ein Downgrade hat geholfen.\n-- \nMailingliste {list}\nAbmelden: {link}',
    ],
    ticketReply: [
      'AW: {topic} [#{ref}]',
      'Hallo {name},\ndanke für Ihre Geduld. Die Erstattung wurde heute angewiesen und ist in etwa 5 Tagen auf Ihrem Konto.\nViele Grüße, {who} vom {brand} Support',
    ],
    receipt: [
      'Ihre Quittung von {brand} #{ref}',
      'Danke für Ihre Bestellung, {name}. Bezahlt: {amount}. Karte endet auf {card}. Belegnummer {ref}.',
    ],
    invoice: [
      'Rechnung {ref} von {brand}',
      'Hallo {name}, anbei Ihre Rechnung {ref} über {amount}. Der Betrag wird am {date} abgebucht.',
    ],
    bank: [
      'Kartenzahlung über {amount} freigegeben',
      '{brand}: Eine Zahlung über {amount} mit Ihrer Karte mit Endziffern {card} wurde am {date} freigegeben. Nicht Sie? Rufen Sie uns an.',
    ],
    security: [
      'Sicherheitswarnung: neue Anmeldung bei {brand}',
      'Wir haben am {date} eine neue Anmeldung mit Firefox unter Windows bemerkt. Waren Sie das nicht, sichern Sie Ihr Konto: {link}',
    ],
    password: [
      'Ihr Passwort bei {brand} wurde geändert',
      'Hallo {name}, das Passwort Ihres {brand}-Kontos wurde am {date} geändert. Falls Sie das nicht waren, melden Sie sich sofort bei uns.',
    ],
  },
  fr: {
    reply: 'RE :',
    forward: 'TR :',
    topics: ['dîner de samedi', 'les photos du voyage', 'projet de contrat', 'réunion de lundi'],
    newsletter: [
      'La lettre {brand} : les nouveautés de la semaine',
      'Bonjour {name}, voici votre récapitulatif hebdomadaire {brand}. Lire en ligne : {link}\nVous êtes abonné(e) à cette lettre. Gérer vos préférences ou vous désabonner.',
    ],
    replyBody: [
      '',
      'Merci {name}, ça me va. J’apporte le reste samedi.\n{who}\n\n> Le {date}, vous avez écrit :',
    ],
    forwardBody: [
      '',
      'Voir ci-dessous, tu peux regarder ?\n{who}\n\n---------- Message transféré ---------\nDe : {brand}\nObjet : {topic}',
    ],
    calendar: [
      'Invitation : {topic} le {date}',
      '{who} vous invite à « {topic} » le {date}. Rejoindre en visio : {link}\nOui | Peut-être | Non',
    ],
    shared: [
      '{who} a partagé « {topic} » avec vous',
      '{who} a partagé un document avec vous : « {topic} ». Ouvrir : {link}',
    ],
    listReply: [
      '',
      'Pareil chez moi après la mise à jour ; revenir à la version précédente a réglé le souci.\n-- \nListe {list}\nSe désabonner : {link}',
    ],
    ticketReply: [
      'RE : {topic} [#{ref}]',
      'Bonjour {name},\nMerci de votre patience. Le remboursement a été émis aujourd’hui et apparaîtra sous 5 jours.\nCordialement, {who} du support {brand}',
    ],
    receipt: [
      'Votre reçu {brand} n° {ref}',
      'Merci pour votre commande, {name}. Montant payé : {amount}. Carte se terminant par {card}. Reçu n° {ref}.',
    ],
    invoice: [
      'Facture {ref} de {brand}',
      'Bonjour {name}, votre facture {ref} d’un montant de {amount} est disponible ; elle sera prélevée le {date}.',
    ],
    bank: [
      'Paiement par carte de {amount} accepté',
      '{brand} : un paiement de {amount} avec votre carte se terminant par {card} a été accepté le {date}. Ce n’est pas vous ? Appelez-nous.',
    ],
    security: [
      'Alerte de sécurité : nouvelle connexion à votre compte {brand}',
      'Nouvelle connexion depuis Firefox sous Windows le {date}. Si ce n’était pas vous, sécurisez votre compte : {link}',
    ],
    password: [
      'Votre mot de passe {brand} a été modifié',
      'Bonjour {name}, le mot de passe de votre compte {brand} a été modifié le {date}. Si vous n’êtes pas à l’origine de ce changement, contactez-nous.',
    ],
  },
  es: {
    reply: 'RE:',
    forward: 'RV:',
    topics: [
      'la cena del sábado',
      'las fotos del viaje',
      'borrador del contrato',
      'reunión del lunes',
    ],
    newsletter: [
      'Boletín {brand}: novedades de la semana',
      'Hola {name}, aquí tienes tu resumen semanal de {brand}. Leer en la web: {link}\nEstás suscrito/a a este boletín. Gestionar preferencias o darse de baja.',
    ],
    replyBody: [
      '',
      'Gracias {name}, me viene bien. El resto lo llevo el sábado.\n{who}\n\n> El {date} escribiste:',
    ],
    forwardBody: [
      '',
      'Mira abajo, ¿le echas un vistazo?\n{who}\n\n---------- Mensaje reenviado ---------\nDe: {brand}\nAsunto: {topic}',
    ],
    calendar: [
      'Invitación: {topic} el {date}',
      '{who} te ha invitado a «{topic}» el {date}. Unirse por vídeo: {link}\nSí | Quizás | No',
    ],
    shared: [
      '{who} ha compartido «{topic}» contigo',
      '{who} ha compartido un documento contigo: «{topic}». Abrir: {link}',
    ],
    listReply: [
      '',
      'A mí me pasa lo mismo tras la actualización; volver a la versión anterior lo arregló.\n-- \nLista {list}\nBaja: {link}',
    ],
    ticketReply: [
      'RE: {topic} [#{ref}]',
      'Hola {name}:\nGracias por tu paciencia. Hemos emitido el reembolso hoy; lo verás en unos 5 días.\nUn saludo, {who} de soporte de {brand}',
    ],
    receipt: [
      'Tu recibo de {brand} n.º {ref}',
      'Gracias por tu pedido, {name}. Importe pagado: {amount}. Tarjeta acabada en {card}. Recibo {ref}.',
    ],
    invoice: [
      'Factura {ref} de {brand}',
      'Hola {name}, tu factura {ref} de {amount} está disponible y se cargará el {date}.',
    ],
    bank: [
      'Pago con tarjeta de {amount} autorizado',
      '{brand}: se ha autorizado un pago de {amount} con tu tarjeta acabada en {card} el {date}. ¿No has sido tú? Llámanos.',
    ],
    security: [
      'Alerta de seguridad: nuevo inicio de sesión en {brand}',
      'Detectamos un inicio de sesión desde Firefox en Windows el {date}. Si no has sido tú, protege tu cuenta: {link}',
    ],
    password: [
      'Se ha cambiado tu contraseña de {brand}',
      'Hola {name}, la contraseña de tu cuenta de {brand} se cambió el {date}. Si no has sido tú, contáctanos de inmediato.',
    ],
  },
}
