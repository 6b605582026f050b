// More hand-written acknowledgements (see ack.ts): out-of-office-like replies, subjects that are
// only a number or the company's name, questions, mixed-language subjects.
import type { Written } from './text.ts'

export const ACK_MORE: readonly Written[] = [
  ['en', '#{r}', 'Logged. One of our specialists picks this up next.'],
  [
    'en',
    'Auto-reply from {c} Support',
    'I’m the {c} support inbox and I’m away from my desk right now, but your email is safely in the queue. Humans are back at 8am GMT.',
  ],
  [
    'en',
    'Thanks {n} — what happens now?',
    '1) Your message is with us.\n2) We sort requests by topic.\n3) The right team writes back, normally before Friday.\nNothing else to do for now.',
  ],
  [
    'en',
    'New request via website: {n}',
    'A copy of what you submitted is below for your records.\n\nName: {n}\nTopic: General\n\n– sent automatically by the {c} contact page',
  ],
  [
    'de',
    '{c}',
    'Automatische Antwort: Unser Büro ist bis einschließlich Montag nicht besetzt. Ihre E-Mail wird danach der Reihe nach beantwortet.',
  ],
  [
    'de',
    'Support-Anfrage #{r}',
    'Moin {n}! Kurze Info: Deine Nachricht ist da. Wir sind ein kleines Team und brauchen manchmal ein paar Tage — danke für deine Geduld.',
  ],
  [
    'de',
    'Kopie Ihrer Kontaktanfrage',
    'Sie haben uns folgende Angaben übermittelt:\nName: {n}\nBetreff: Allgemeine Anfrage\n\nWir prüfen Ihr Anliegen und kommen auf Sie zu.',
  ],
  [
    'de',
    'Haben Sie uns geschrieben?',
    'Über unsere Webseite kam eben eine Anfrage mit dieser Adresse herein. Sie müssen nichts weiter tun, wir antworten Ihnen direkt.',
  ],
  [
    'fr',
    'Ticket #{r}',
    'Votre ticket est ouvert. Conservez ce numéro, il accélère le traitement si vous nous rappelez.',
  ],
  [
    'fr',
    'Réponse automatique – {c}',
    "Nos équipes sont actuellement en congés jusqu'au 22. Votre message sera lu à notre retour, sans faute.",
  ],
  [
    'fr',
    'Copie de votre message',
    'Voici ce que vous nous avez transmis :\nNom : {n}\nObjet : Demande générale\n\nUn membre de notre équipe vous recontacte.',
  ],
  [
    'fr',
    'Thanks! / Merci !',
    'Bien reçu {n}. Petite équipe, grandes ambitions : comptez deux à trois jours pour une réponse détaillée.',
  ],
  ['es', 'N.º {r}', 'Hemos abierto su caso. Indique este número si vuelve a llamarnos.'],
  [
    'es',
    'Respuesta automática de {c}',
    'Ahora mismo estamos fuera de la oficina. Tu correo ha entrado en la cola y lo leeremos en cuanto volvamos, el lunes a primera hora.',
  ],
  [
    'es',
    'Copia de tu mensaje',
    'Esto es lo que nos has enviado:\nNombre: {n}\nMotivo: Consulta general\n\nTe contestamos pronto.',
  ],
  [
    'es',
    'Thank you for contacting us',
    'Gracias, {n}. Tu mensaje ya está en manos del equipo de {c}; somos pocos, así que danos un par de días.',
  ],
  ['pt', 'Pedido {r}', 'Registámos o seu pedido. Guarde este número para futuras referências.'],
  [
    'pt',
    'Resposta automática: {c}',
    'Estamos fora do escritório até segunda-feira. A sua mensagem ficou guardada e será lida no regresso.',
  ],
  [
    'pt',
    'Cópia da sua mensagem',
    'Segue o que nos enviou:\nNome: {n}\nAssunto: Contato geral\n\nLogo mais falamos com você.',
  ],
  [
    'pt',
    'We got it!',
    'Sua mensagem chegou direitinho, {n}. Somos um time pequeno — pode levar uns dois dias, tá?',
  ],
  ['it', 'Ticket {r}', 'Pratica aperta. Conservi il numero: ci aiuta a ritrovarla in fretta.'],
  [
    'it',
    'Risposta automatica da {c}',
    'Siamo in ferie fino al 25. Il tuo messaggio resta in coda e lo leggeremo al rientro.',
  ],
  [
    'it',
    'Copia del tuo messaggio',
    'Ecco cosa ci hai inviato:\nNome: {n}\nOggetto: Richiesta generica\n\nA presto!',
  ],
  [
    'it',
    'Thanks for your message',
    'Ricevuto {n}! Siamo una piccola squadra: contaci entro due o tre giorni.',
  ],
  [
    'nl',
    'Melding {r}',
    'Uw melding staat genoteerd. Vermeld dit nummer als u ons opnieuw benadert.',
  ],
  [
    'nl',
    'Afwezigheidsbericht {c}',
    'Wij zijn tot en met maandag gesloten. Je mail staat in de wachtrij en wordt daarna beantwoord.',
  ],
  [
    'nl',
    'Kopie van je bericht',
    'Dit heb je ons gestuurd:\nNaam: {n}\nOnderwerp: Algemene vraag\n\nWe komen bij je terug.',
  ],
  [
    'nl',
    'Thanks, we got your message',
    'Dank je {n}! We zijn een klein team, reken op twee à drie dagen voor een goed antwoord.',
  ],
]
