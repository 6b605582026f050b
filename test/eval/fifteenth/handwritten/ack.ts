// Hand-written ticket / contact-form acknowledgements, each as one company's own in-house text
// (written fresh for this set; no two share a sentence). Five per language, each in its idiom.
import type { Written } from './text.ts'

export const ACK_TEXTS: readonly Written[] = [
  [
    'en',
    'We got your message, {n}',
    'Hi {n}, thanks for reaching out to {c}. A real person reads every note that comes through our contact page, usually within two working days. Your reference is {r}.',
  ],
  [
    'en',
    'Case {r}',
    'This is an automatic reply to confirm that case {r} is now open. Please keep the number in the subject line if you write again.\n\n{c} Customer Care | Registered office: 14 Harbour Row, Leeds',
  ],
  [
    'en',
    "We're on it! 🙌",
    "Hey {n}! Your note just landed in the {c} support queue. Grab a coffee — we'll be back to you before you finish it (okay, maybe not quite that fast). Ticket #{r}",
  ],
  [
    'en',
    'Did you just contact {c}?',
    'Someone using this address filled in our enquiry form with the name "{n}". If that was you, there is nothing else to do: our team will answer under ref. {r}. If it was not, you can ignore this mail.',
  ],
  [
    'en',
    '{c} — enquiry received',
    'Dear {n},\n\nThank you for your enquiry. This mailbox is monitored Monday to Friday, 9am to 5pm. Messages received outside these hours will be dealt with on the next business day.\n\nYours faithfully,\nThe {c} Team\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.',
  ],
  [
    'de',
    'Ihre Nachricht an {c}',
    'Guten Tag {n},\n\nvielen Dank für Ihre Nachricht über unser Kontaktformular. Wir melden uns schnellstmöglich bei Ihnen. Ihre Vorgangsnummer lautet {r}.\n\nMit freundlichen Grüßen\nIhr Kundenservice\n\n{c} GmbH · Amtsgericht Bremen HRB 40211 · Geschäftsführer: Jens Ohlsen',
  ],
  [
    'de',
    '[#{r}] Anfrage eingegangen',
    'Hallo {n}, deine Anfrage ist bei uns gelandet! Unser Team schaut sie sich an und antwortet dir meistens innerhalb von 24 Stunden. Liebe Grüße vom {c}-Support',
  ],
  [
    'de',
    'Eingangsbestätigung',
    'Dies ist eine automatisch erzeugte Eingangsbestätigung. Bitte antworten Sie nicht auf diese E-Mail. Ihr Anliegen wurde unter der Nummer {r} erfasst und an die zuständige Abteilung weitergeleitet.',
  ],
  [
    'de',
    'Danke, {n}!',
    'Wir haben dein Anliegen erhalten und kümmern uns darum. Schon gewusst? In unserem Hilfe-Center unter {l} findest du Antworten auf die häufigsten Fragen. Dein {c} Team',
  ],
  [
    'de',
    '{c}: Wir haben Ihr Ticket {r} angelegt',
    'Sehr geehrte Damen und Herren, sehr geehrte/r {n},\n\nwir bestätigen den Eingang Ihrer Anfrage vom heutigen Tage. Aufgrund des hohen Anfrageaufkommens kann die Bearbeitung derzeit bis zu fünf Werktage in Anspruch nehmen. Wir bitten um Ihr Verständnis.\n\nFreundliche Grüße\n{c} Service-Center',
  ],
  [
    'fr',
    'Nous avons bien reçu votre demande',
    'Bonjour {n},\n\nNous accusons réception de votre message et vous en remercions. Un conseiller {c} reviendra vers vous dans les meilleurs délais. Numéro de dossier : {r}.\n\nCordialement,\nLe service client',
  ],
  [
    'fr',
    'Re: votre message',
    "Merci pour ton message {n} ! L'équipe {c} est sur le coup 💪 On te répond au plus vite. Réf. {r}",
  ],
  [
    'fr',
    'Demande n° {r} enregistrée',
    'Madame, Monsieur,\n\nVotre demande a été enregistrée sous le numéro {r}. Merci de rappeler ce numéro dans toute correspondance ultérieure.\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n{c} SAS – RCS Lyon 812 004 117 – Siège social : 3 quai Perrache, 69002 Lyon',
  ],
  [
    'fr',
    '{c} accuse réception',
    "Bonjour, votre formulaire de contact nous est bien parvenu. Nos bureaux sont ouverts du lundi au vendredi de 9h à 18h ; nous traiterons votre message par ordre d'arrivée.",
  ],
  [
    'fr',
    'Une question ? On s’en occupe',
    "Salut {n}, c'est bien noté ! Pendant que tu patientes, jette un œil à notre FAQ : {l}. À très vite, la team {c}",
  ],
  [
    'es',
    'Hemos recibido tu consulta',
    '¡Hola {n}! Gracias por escribir a {c}. Hemos recibido tu consulta y te responderemos en un plazo máximo de 48 horas laborables. Tu número de incidencia es el {r}.',
  ],
  [
    'es',
    'Solicitud {r} – {c}',
    'Estimado/a {n}:\n\nLe confirmamos la recepción de su solicitud. Uno de nuestros agentes se pondrá en contacto con usted a la mayor brevedad posible.\n\nAtentamente,\nAtención al Cliente de {c}\n\nEn cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados con la única finalidad de atender su solicitud.',
  ],
  [
    'es',
    '¿Nos escribiste?',
    'Alguien ha rellenado nuestro formulario con esta dirección y el nombre «{n}». Si fuiste tú, perfecto: ya estamos en ello (ref. {r}).',
  ],
  [
    'es',
    'Acuse de recibo',
    'Este es un mensaje automático. Su comunicación ha quedado registrada en nuestro sistema y será atendida por orden de llegada. No responda a este correo.',
  ],
  [
    'es',
    '🎧 ¡Recibido!',
    'Ya tenemos tu mensaje, {n}. El equipo de {c} lo está revisando. Si quieres añadir algo, responde a este correo sin cambiar el asunto.',
  ],
  [
    'pt',
    'Recebemos o seu contacto',
    'Olá {n},\n\nObrigado por contactar a {c}. A sua mensagem foi recebida e será analisada pela nossa equipa. Responderemos no prazo de 2 dias úteis.\n\nReferência: {r}',
  ],
  [
    'pt',
    'Chamado #{r} aberto',
    'Oi {n}! Seu chamado foi aberto com sucesso e já está na fila do nosso time. Você receberá atualizações por e-mail. Abraços, equipe {c}',
  ],
  [
    'pt',
    'Confirmação de receção do pedido',
    'Exmo.(a) Sr.(a) {n},\n\nAcusamos a receção do seu pedido, registado com o número {r}. Agradecemos a sua preferência.\n\nCom os melhores cumprimentos,\n{c}, S.A. – NIPC 509 112 334',
  ],
  [
    'pt',
    'Tudo certo por aqui ✔️',
    'Sua mensagem chegou! Enquanto isso, que tal conferir nossa central de ajuda em {l}? Time {c}',
  ],
  [
    'pt',
    '{c}',
    'Esta é uma resposta automática. O nosso horário de atendimento é de segunda a sexta, das 9h às 18h. Iremos responder-lhe assim que possível.',
  ],
  [
    'it',
    'Abbiamo ricevuto la tua richiesta',
    'Ciao {n}, grazie per averci scritto! Il team di {c} ti risponderà entro 24 ore lavorative. Numero richiesta: {r}',
  ],
  [
    'it',
    'Conferma ricezione segnalazione n. {r}',
    'Gentile {n},\n\nLa informiamo che la Sua segnalazione è stata correttamente registrata con il numero {r} e sarà presa in carico da un nostro operatore.\n\nDistinti saluti\nServizio Clienti {c} S.r.l.\nP.IVA 04418820964',
  ],
  [
    'it',
    'Ci siamo!',
    'Messaggio arrivato 📬 Stiamo leggendo quello che ci hai scritto e torniamo da te a breve. Lo staff di {c}',
  ],
  [
    'it',
    'Hai contattato {c}?',
    'Qualcuno ha compilato il modulo contatti con questo indirizzo e il nome "{n}". Se sei stato tu, non serve fare altro.',
  ],
  [
    'it',
    'Risposta automatica',
    'Grazie per il messaggio. I nostri uffici sono chiusi il sabato e la domenica: le richieste ricevute nel fine settimana verranno evase a partire da lunedì.',
  ],
  [
    'nl',
    'We hebben je bericht ontvangen',
    'Hoi {n}, bedankt voor je bericht aan {c}! We reageren meestal binnen één werkdag. Je referentienummer is {r}.',
  ],
  [
    'nl',
    'Ontvangstbevestiging – dossier {r}',
    'Geachte heer/mevrouw {n},\n\nHierbij bevestigen wij de ontvangst van uw vraag. Wij streven ernaar u binnen vijf werkdagen te antwoorden.\n\nMet vriendelijke groet,\nKlantenservice {c} B.V.\nKvK 71220419',
  ],
  [
    'nl',
    'Top, je vraag is binnen 👍',
    'Ons team gaat ermee aan de slag. Wil je nog iets toevoegen? Beantwoord dan gewoon deze mail. Groetjes van {c}',
  ],
  [
    'nl',
    'Automatisch antwoord',
    'Dit is een automatisch antwoord. Uw e-mail is in goede orde ontvangen en wordt zo snel mogelijk behandeld door een van onze medewerkers.',
  ],
  [
    'nl',
    'Heb jij contact opgenomen met {c}?',
    'Iemand heeft ons contactformulier ingevuld met dit e-mailadres en de naam "{n}". Was jij dat? Dan hoef je niets te doen — we nemen contact op.',
  ],
]
