// Hand-written helpdesk acknowledgements, each a company's own wording (three per language):
// casual and formal, one line to legal footers, subjects that are only a number or a name.
import type { HandText } from './types.ts'

export const HAND_HELPDESK: readonly HandText[] = [
  {
    lang: 'en',
    subject: "We've got your message – {brand} Support",
    body: 'Hi {name},\n\nThanks for reaching out. This is just to let you know your request about "{topic}" reached us and sits in our queue as case {ticket}. Someone from the team usually answers within two working days.\n\nIf you have more details, reply to this email and keep the case number in the subject.\n\nCheers,\nThe {brand} crew',
  },
  {
    lang: 'en',
    subject: '{ticket}',
    body: 'Request {ticket} logged.\nSubject: {topic}\nExpected first response: 48h.\n— {brand} customer care (automated message)',
  },
  {
    lang: 'en',
    subject: '{brand}: your enquiry',
    body: 'Dear {name},\n\nThank you for contacting {brand}. We confirm receipt of your enquiry, registered under reference {ticket}.\n\nYour message:\n> {message}\n\nOur opening hours are Monday to Friday, 9:00 to 17:30. Enquiries received outside those hours are handled on the next working day. You can follow the progress at {link}.\n\nKind regards,\n{brand} Customer Services\n\nThis mailbox is not monitored. {brand} Ltd, registered in England and Wales.',
  },
  {
    lang: 'de',
    subject: 'Deine Anfrage ist bei uns angekommen 📬',
    body: 'Hey {name},\n\ndanke für deine Nachricht! Wir haben sie unter der Nummer {ticket} abgelegt und melden uns, sobald jemand aus dem Team sie sich anschauen konnte – meistens innerhalb von 24 Stunden.\n\nBis bald\ndein {brand}-Team',
  },
  {
    lang: 'de',
    subject: '{brand}',
    body: 'Sehr geehrte/r {name},\n\nhiermit bestätigen wir den Eingang Ihrer Nachricht zum Thema „{topic}“. Vorgangsnummer: {ticket}.\n\nBitte haben Sie Verständnis, dass die Bearbeitung derzeit bis zu fünf Werktage dauern kann.\n\nMit freundlichen Grüßen\nKundenservice {brand}\n\nSitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg HRB 118402',
  },
  {
    lang: 'de',
    subject: 'Ticket #{ticket}: {topic}',
    body: 'Guten Tag,\n\nIhr Anliegen wurde erfasst.\n\nTicket: #{ticket}\nBetreff: {topic}\nStatus: offen\n\nAntworten Sie einfach auf diese E-Mail, wenn Sie etwas ergänzen möchten. Den Stand sehen Sie jederzeit unter {link}.\n\n{brand} Support',
  },
  {
    lang: 'fr',
    subject: 'Nous avons bien reçu votre message',
    body: 'Bonjour {name},\n\nMerci de nous avoir écrit. Votre demande « {topic} » porte le numéro {ticket}. Un conseiller vous répondra dans les meilleurs délais, en général sous 48 heures ouvrées.\n\nBien cordialement,\nLe service client {brand}',
  },
  {
    lang: 'fr',
    subject: '[{brand}] Demande n°{ticket}',
    body: "Salut {name} !\n\nOn a bien reçu ta demande 🙌 On revient vers toi très vite.\n\nL'équipe {brand}",
  },
  {
    lang: 'fr',
    subject: 'Accusé de réception – {topic}',
    body: "Madame, Monsieur,\n\nNous accusons réception de votre courrier électronique du {date}, enregistré sous la référence {ticket}.\n\nVotre message :\n« {message} »\n\nConformément à nos conditions générales, une réponse vous sera apportée dans un délai maximum de dix jours ouvrés. Pour suivre votre dossier : {link}\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n{brand} – Relation clientèle\nMerci de ne pas répondre directement à ce message.",
  },
  {
    lang: 'es',
    subject: 'Hemos recibido tu consulta',
    body: '¡Hola {name}!\n\nGracias por escribirnos. Tu consulta sobre «{topic}» ya está en nuestra cola con el número {ticket}. Te contestaremos en un plazo de 24 a 48 horas.\n\nUn saludo,\nEl equipo de {brand}',
  },
  {
    lang: 'es',
    subject: 'Incidencia {ticket} registrada',
    body: 'Estimado/a {name}:\n\nLe confirmamos que hemos registrado su incidencia con el número {ticket}. Puede consultar su estado en cualquier momento en {link}.\n\nAtentamente,\nAtención al cliente de {brand}\n\nEste mensaje se ha generado automáticamente. Por favor, no responda.',
  },
  {
    lang: 'es',
    subject: '{brand} | Solicitud recibida',
    body: 'Hola:\n\nTu mensaje ha llegado bien.\n\nReferencia: {ticket}\nAsunto: {topic}\nMensaje: {message}\n\nSi quieres añadir algo, responde a este correo sin cambiar el asunto.\n\n{brand} – Soporte',
  },
  {
    lang: 'pt',
    subject: 'Recebemos o seu pedido',
    body: 'Olá {name},\n\nObrigado pelo seu contacto. O seu pedido "{topic}" foi registado com o número {ticket} e será tratado por ordem de chegada. Responderemos em até 3 dias úteis.\n\nCom os melhores cumprimentos,\nApoio ao Cliente {brand}',
  },
  {
    lang: 'pt',
    subject: 'Protocolo {ticket}',
    body: 'Oi {name}, tudo bem?\n\nSua mensagem chegou aqui! 😊 Anote o protocolo de atendimento: {ticket}. Em breve alguém do nosso time responde.\n\nAbraço,\nEquipe {brand}',
  },
  {
    lang: 'pt',
    subject: '[{brand}] Confirmação de receção – {topic}',
    body: 'Exmo.(a) Sr.(a) {name},\n\nConfirmamos a receção da sua mensagem, registada com a referência {ticket} em {date}.\n\nPode acompanhar o estado do seu pedido em {link}.\n\nEsta é uma mensagem automática; por favor não responda.\n\n{brand}, S.A. – Serviço de Apoio',
  },
  {
    lang: 'it',
    subject: 'Abbiamo ricevuto la tua richiesta',
    body: 'Ciao {name},\n\ngrazie per averci scritto! La tua richiesta "{topic}" è stata registrata con il numero {ticket}. Ti risponderemo entro 48 ore lavorative.\n\nA presto,\nil team {brand}',
  },
  {
    lang: 'it',
    subject: 'Richiesta n. {ticket}',
    body: 'Gentile {name},\n\nLa informiamo che la Sua segnalazione è stata presa in carico con il numero {ticket}. Un nostro operatore La contatterà al più presto.\n\nCordiali saluti\nServizio Clienti {brand}\n\nMessaggio generato automaticamente, si prega di non rispondere.',
  },
  {
    lang: 'it',
    subject: '{brand} – conferma ricezione',
    body: 'Buongiorno,\n\nabbiamo ricevuto il suo messaggio:\n"{message}"\n\nNumero pratica: {ticket}\nStato: in attesa\nDettagli: {link}\n\nPer integrare la richiesta, risponda a questa e-mail lasciando invariato l\'oggetto.\n\nAssistenza {brand}',
  },
  {
    lang: 'nl',
    subject: 'We hebben je bericht ontvangen',
    body: 'Hoi {name},\n\nBedankt voor je bericht! We hebben je vraag over "{topic}" ontvangen onder nummer {ticket}. Meestal reageren we binnen één werkdag.\n\nGroetjes,\nTeam {brand}',
  },
  {
    lang: 'nl',
    subject: 'Uw melding {ticket}',
    body: 'Geachte heer/mevrouw {name},\n\nHierbij bevestigen wij de ontvangst van uw melding. Uw referentienummer is {ticket}. Wij streven ernaar uw vraag binnen vijf werkdagen te beantwoorden.\n\nMet vriendelijke groet,\nKlantenservice {brand}\n\nDit is een automatisch bericht; u kunt hierop niet reageren.',
  },
  {
    lang: 'nl',
    subject: '[{brand}] {topic}',
    body: 'Hallo,\n\nJe vraag staat in ons systeem.\n\nTicketnummer: {ticket}\nOnderwerp: {topic}\nVolg je ticket: {link}\n\nWil je iets toevoegen? Beantwoord dan deze mail.\n\n{brand} Support',
  },
]
