// Hand-written acknowledgements as companies word them in their own in-house forms and
// customised helpdesk texts: each its own wording, no two sharing a sentence. Written for this set.
import { texts, type Text } from './text.ts'

export const ACK: readonly Text[] = [
  ...texts('en', [
    [
      'Thanks for reaching out to {c}!',
      'Hi {p},\n\nThis is just a quick note to say your message landed safely with us. Someone from the {c} crew will get back to you within two working days.\n\nCheers,\nThe {c} team',
    ],
    [
      '[{r}] We got it',
      "Hello {p}, we're on it. Your case number is {r}; keep it handy if you call us.\n\n--\n{c} Customer Care | Mon-Fri 9-5",
    ],
    [
      'Re: {p}',
      'This mailbox is monitored during office hours. Your enquiry has been logged under reference {r} and will be answered in the order it arrived.\n\nPlease do not reply to this automatic message.\n\n{c} Ltd, registered in England and Wales no. 0938211. This e-mail and any attachments are confidential.',
    ],
    [
      'Your enquiry with {c}',
      "Dear {p},\nthank you for contacting {c}. Did you know most questions are answered in our Help Centre? If yours isn't, sit tight — a real person will reply shortly.\nKind regards",
    ],
  ]),
  ...texts('de', [
    [
      'Ihre Nachricht an {c}',
      'Guten Tag {p},\n\nvielen Dank für Ihre Anfrage über unser Kontaktformular. Wir melden uns in der Regel innerhalb von 48 Stunden bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Kundenservice von {c}\n\n{c} GmbH · Amtsgericht Köln HRB 44120 · Geschäftsführer: M. Lenz',
    ],
    [
      'Danke, {p}! 🙌',
      'Hey {p},\nhast du super gemacht – deine Nachricht ist bei uns angekommen. Wir schauen sie uns an und schreiben dir zurück.\nDein {c}-Team',
    ],
    [
      'Vorgang {r} angelegt',
      'Automatische Eingangsbestätigung: Zu Ihrem Anliegen wurde der Vorgang {r} erstellt. Bitte geben Sie diese Nummer bei Rückfragen an. Antworten auf diese E-Mail werden nicht gelesen.',
    ],
    [
      '{c}',
      'Hallo {p}, wir haben dein Anliegen erhalten und kümmern uns darum, sobald wir können. Bis bald!',
    ],
  ]),
  ...texts('fr', [
    [
      'Nous avons bien reçu votre message',
      "Bonjour {p},\n\nMerci d'avoir écrit à {c}. Un conseiller prendra connaissance de votre demande et vous répondra sous 72 h ouvrées.\n\nBien cordialement,\nLe service clients {c}",
    ],
    [
      'Demande n° {r} – {c}',
      "Ceci est une réponse automatique. Votre demande a été enregistrée sous le numéro {r}. Inutile de nous relancer : nous traitons les messages par ordre d'arrivée.\n\nConformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données.",
    ],
    [
      'Coucou {p} 👋',
      "Ton message est bien arrivé chez {c} ! On revient vers toi très vite, promis.\nÀ tout de suite,\nL'équipe",
    ],
    [
      'Accusé de réception : {p}',
      'Madame, Monsieur,\nnous accusons réception de votre courrier électronique, qui sera transmis au service compétent.\nVeuillez agréer nos salutations distinguées.\n{c} SAS',
    ],
  ]),
  ...texts('es', [
    [
      'Hemos recibido tu consulta',
      '¡Hola, {p}!\nGracias por escribirnos. Nuestro equipo de {c} te contestará en un plazo máximo de 24 horas laborables.\nUn abrazo',
    ],
    [
      'Solicitud {r} registrada',
      'Estimado/a {p}:\nLe confirmamos que su solicitud ha quedado registrada con el número {r}. Le rogamos no responda a este mensaje automático.\nAtentamente,\nAtención al Cliente de {c}, S.L.',
    ],
    [
      '{c} – gracias por contactar',
      '¿Sabías que puedes seguir el estado de tu consulta desde tu área de cliente? Te avisaremos cuando tengamos una respuesta para ti.',
    ],
  ]),
  ...texts('pt', [
    [
      'Recebemos o seu pedido',
      'Olá {p},\n\nobrigado por contactar a {c}. A sua mensagem foi encaminhada para a equipa responsável e responderemos com a maior brevidade possível.\n\nCumprimentos',
    ],
    [
      'Protocolo {r}',
      'Olá! Seu atendimento foi aberto com o protocolo {r}. Guarde este número. Prazo de resposta: até 5 dias úteis.\n{c} – SAC',
    ],
    [
      'Mensagem recebida ✔',
      'Oi {p}, tudo certo por aqui: sua mensagem chegou e logo alguém do time {c} vai falar com você.',
    ],
  ]),
  ...texts('it', [
    [
      'Abbiamo ricevuto la tua richiesta',
      'Ciao {p},\ngrazie per averci scritto! Il team di {c} ti risponderà entro due giorni lavorativi.\nA presto',
    ],
    [
      'Richiesta n. {r}',
      'Gentile {p},\nLa informiamo che la Sua segnalazione è stata presa in carico con il numero {r}. Questa è una e-mail generata automaticamente, La preghiamo di non rispondere.\n{c} S.r.l. – P.IVA 0399182021',
    ],
    [
      '{c}: conferma di ricezione',
      "Il tuo messaggio è arrivato. Nel frattempo, dai un'occhiata alle nostre FAQ: forse la risposta è già lì.",
    ],
  ]),
  ...texts('nl', [
    [
      'Bedankt voor je bericht',
      'Hoi {p},\n\nleuk dat je contact opneemt met {c}! We hebben je vraag ontvangen en reageren binnen 2 werkdagen.\n\nGroetjes,\nTeam {c}',
    ],
    [
      'Uw vraag is ontvangen ({r})',
      'Geachte {p},\nUw vraag is bij ons geregistreerd onder nummer {r}. U ontvangt zo spoedig mogelijk een inhoudelijke reactie.\nMet vriendelijke groet,\nKlantenservice {c} B.V. · KvK 61822940',
    ],
    [
      'We gaan ermee aan de slag',
      'Je melding staat in onze wachtrij. Heb je nog iets toe te voegen? Antwoord dan gewoon op deze mail.',
    ],
  ]),
  ...texts('es', [
    [
      'Re: {p} (caso {r})',
      'Gracias por tu paciencia. Un agente revisará tu caso y te escribirá en cuanto pueda; no hace falta que abras otra consulta.',
    ],
  ]),
  ...texts('pt', [
    [
      '{c} | Atendimento ao cliente',
      'Caro(a) {p},\nAcusamos a receção do seu e-mail. Por favor, não responda a esta mensagem; caso pretenda acrescentar informação, indique a referência {r}.',
    ],
  ]),
  ...texts('it', [
    [
      'Ci siamo! 🚀',
      'Ehi {p}, il nostro supporto ha appena ricevuto il tuo messaggio e ci sta già lavorando sopra.',
    ],
  ]),
  ...texts('nl', [
    [
      'Automatisch antwoord: {p}',
      'Dank voor uw e-mail. Onze medewerkers zijn bereikbaar van maandag tot en met vrijdag; wij beantwoorden berichten op volgorde van binnenkomst.',
    ],
  ]),
  ...texts('en', [
    [
      'Got your message 👍',
      "Thanks {p}! Our small team reads every email personally, so please allow a little time. We'll answer from a real inbox soon.",
    ],
  ]),
  ...texts('en', [
    [
      'Auto-reply: {c} support',
      'Hello,\n\nYou have reached the {c} support mailbox. Messages sent on weekends are handled on Monday morning. Urgent? Call +44 20 7946 0321.\n\nKind regards,\nSupport desk',
    ],
  ]),
  ...texts('de', [
    [
      'Anfrage eingegangen – {c}',
      'Vielen Dank, wir haben Ihr Formular erhalten. Eine Kollegin aus der Fachabteilung wird sich persönlich bei Ihnen melden.\n\nBitte beachten Sie unsere Datenschutzhinweise unter {u}.',
    ],
  ]),
  ...texts('de', [
    [
      'Ticketnummer {r}',
      'Servus {p}! Deine Anfrage ist im System. Unter der Nummer {r} findest du sie jederzeit wieder.',
    ],
  ]),
  ...texts('fr', [
    [
      'Merci pour votre message !',
      'Nous avons bien noté votre question et reviendrons vers vous dès que possible. En attendant, notre foire aux questions répond peut-être déjà à votre besoin.',
    ],
  ]),
  ...texts('fr', [
    [
      '[{r}] Prise en charge de votre demande',
      'Bonjour,\nvotre demande {r} a été transmise à notre équipe technique. Nous vous tiendrons informé(e) de son avancement par e-mail.\n--\n{c} – Service après-vente',
    ],
  ]),
  ...texts('es', [
    [
      '¡Recibido!',
      'Gracias por confiar en {c}. Hemos apuntado tu mensaje y uno de nuestros asesores se pondrá en contacto contigo mañana como muy tarde.',
    ],
  ]),
  ...texts('es', [
    [
      'Respuesta automática – {c}',
      'Este buzón no admite respuestas. Su comunicación ha sido registrada y será atendida por orden de llegada. Horario de atención: de lunes a viernes, de 9 a 18 h.',
    ],
  ]),
  ...texts('pt', [
    [
      'Obrigado por nos escrever, {p}',
      'A nossa equipa já está a analisar a sua questão e voltará ao contacto até ao final do próximo dia útil.',
    ],
  ]),
  ...texts('pt', [
    [
      'Resposta automática',
      'Olá! Esta é uma confirmação automática de recebimento. Nosso horário de atendimento é de segunda a sexta, das 8h às 18h.',
    ],
  ]),
  ...texts('it', [
    [
      'Grazie per averci contattato',
      'Abbiamo preso nota della Sua comunicazione. Un operatore La ricontatterà appena possibile, di norma entro 48 ore.\nCordiali saluti\nUfficio Clienti {c}',
    ],
  ]),
  ...texts('it', [
    [
      'Pratica {r} aperta',
      'La tua pratica è registrata con il codice {r}. Conservalo: ti servirà per seguirne lo stato online.',
    ],
  ]),
  ...texts('nl', [
    [
      'Ontvangen: {p}',
      'Top, je bericht is binnen! We streven ernaar binnen één werkdag te reageren. Fijne dag nog!',
    ],
  ]),
  ...texts('nl', [
    [
      'Klantenservice {c}',
      'Hartelijk dank voor uw e-mail. Dit bericht is automatisch verzonden ter bevestiging. Uw referentie is {r}.',
    ],
  ]),
]
