// Hand-written acknowledgements of a web-form or mailbox request, each company in its own words
// (no product default): the first line is the subject, the rest the body. Slots as in request.ts.
import type { Lang } from '../../types.ts'

export const ACK_TEXTS: Record<Lang, readonly string[]> = {
  en: [
    "We've got your message: {title}\nHi {name},\n\nThanks for reaching out! This is a quick note to say your message landed safely with us. Someone from {company} will reply within one business day.\n\nYour ticket number is {ref}.\n\n— {company} Help Centre",
    "[{ref}] We're on it\nHello {name}, we're on it. Our average first response time this week is 6 hours. Reply to this email if you want to add anything.",
    'Thank you for contacting {company}\nDear Customer,\n\nThis is an automated acknowledgement. Your correspondence has been logged under case number {ref} and assigned to the appropriate department. Please quote this number in any future correspondence.\n\nDue to high volumes, responses may take up to 10 working days.\n\nYours faithfully,\nCustomer Relations\n{company} plc, Registered office: 1 Example Street, London. Registered in England No. 00000000.',
    'Case {ref}\nYour case has been created. Subject: {title}. Status: New.',
    "Auto-reply: Thanks for your email\nHi there,\n\nI'm an automatic reply from the {company} support inbox. Our team is around Monday to Friday, 9 to 5, and reads every email in the order it arrives. Weekend messages get answered on Monday morning.\n\nIn the meantime, our FAQ might already have the answer: https://{domain}/faq\n\nTalk soon!",
    'Your request has been received\nHello {name},\n\nWe received your request "{title}" and a member of our support staff is reviewing it now. You can follow its progress at {link}.\n\nPlease do not open a new request for the same issue; it only slows things down.\n\n{company}',
  ],
  de: [
    'Eingangsbestätigung: {title}\nSehr geehrte/r {name},\n\nhiermit bestätigen wir den Eingang Ihrer Nachricht. Ihr Anliegen wurde unter der Ticketnummer {ref} erfasst und wird schnellstmöglich bearbeitet.\n\nMit freundlichen Grüßen\nIhr {company} Kundenservice\n\n{company} GmbH, Sitz der Gesellschaft: Köln, Registergericht: Amtsgericht Köln, HRB 00000',
    'Danke für deine Nachricht! [#{ref}]\nHey {name},\n\ncool, dass du dich meldest! Wir schauen uns dein Anliegen an und melden uns in der Regel innerhalb von 24 Stunden. 🚀\n\nDein {company}-Team',
    'Automatische Antwort\nGuten Tag,\ndies ist eine automatische Antwort. Ihre E-Mail ist bei uns eingegangen. Bitte haben Sie Verständnis, dass die Beantwortung derzeit bis zu fünf Werktage dauern kann.',
    '{ref}\nIhr Vorgang wurde angelegt. Betreff: {title}. Bearbeitungsstatus: offen.',
    'Wir kümmern uns darum\nHallo {name},\n\nwir haben deine Anfrage „{title}“ bekommen und bereits an die richtige Abteilung weitergegeben. Du musst jetzt nichts weiter tun.\n\nÜbrigens: Den Stand deiner Anfrage kannst du jederzeit hier verfolgen: {link}\n\nViele Grüße\n{company}',
    'Re: {title}\nGuten Tag {name},\n\nvielen Dank für Ihre Anfrage, die wir heute erhalten haben. Unser Serviceteam ist montags bis freitags von 8 bis 18 Uhr für Sie da und wird sich zeitnah bei Ihnen melden.\n\nBitte antworten Sie nicht auf diese E-Mail, sondern nutzen Sie für Ergänzungen die Vorgangsnummer {ref}.\n\nFreundliche Grüße\n{company} Service-Center',
  ],
  fr: [
    'Accusé de réception – {title}\nBonjour {name},\n\nNous accusons réception de votre message et vous remercions de votre confiance. Votre demande porte le numéro {ref} ; un conseiller vous répondra dans les meilleurs délais.\n\nCordialement,\nLe service relations clients {company}',
    'Bien reçu ! 📬\nCoucou {name},\n\nmerci pour ton petit mot ! On le lit et on te répond très vite (promis, avant vendredi).\n\nLa team {company}',
    "Réponse automatique : votre demande {ref}\nMadame, Monsieur,\n\nCeci est un message automatique, merci de ne pas y répondre. Votre courriel a été enregistré et sera traité par ordre d'arrivée. Le délai de traitement moyen est actuellement de 8 jours ouvrés.\n\n{company} SA au capital de 100 000 € – Siège social : Bordeaux – RCS Bordeaux 000 000 000",
    'Ticket {ref} créé\nObjet : {title}\nStatut : ouvert\nPriorité : normale',
    "Nous nous occupons de votre demande\nBonjour,\n\nvotre demande « {title} » est arrivée chez nous et a été confiée à l'équipe concernée. Vous pouvez suivre son avancement depuis votre espace : {link}\n\nInutile de nous renvoyer le même message, cela retarderait le traitement.\n\nBonne journée,\n{company}",
    "{company} a bien reçu votre message\nCher client, chère cliente,\n\nMerci d'avoir pris le temps de nous écrire. Notre service est ouvert du lundi au samedi de 9 h à 19 h. Les messages reçus le dimanche seront traités dès lundi matin.\n\nÀ bientôt,\n{company}",
  ],
  es: [
    'Hemos recibido tu consulta: {title}\nHola {name},\n\n¡Gracias por escribirnos! Tu consulta ya está en nuestra bandeja y la responderemos en un plazo máximo de 48 horas laborables. Tu número de incidencia es el {ref}.\n\nUn abrazo,\n{company}',
    'Respuesta automática\nEste buzón responde de forma automática. Su mensaje ha sido recibido correctamente. No es necesario que vuelva a enviarlo.',
    'Incidencia n.º {ref} registrada\nEstimado cliente:\n\nLe confirmamos que su reclamación ha quedado registrada con el número {ref}. Conforme a la normativa de consumo, recibirá una respuesta en un plazo no superior a un mes.\n\nAtentamente,\nDepartamento de Atención al Cliente\n{company} S.A. – Inscrita en el Registro Mercantil de Madrid, Tomo 0000, Folio 00, Hoja M-000000.',
    'Ya estamos en ello 💪\n¡Hola {name}! Ya estamos revisando tu mensaje sobre «{title}». Te contestamos en breve.',
    'Re: {title} [Ticket#{ref}]\nBuenas tardes {name},\n\nsu solicitud ha sido asignada a nuestro equipo técnico. Para añadir información, responda a este correo sin cambiar el asunto.\n\nPuede consultar el estado en cualquier momento en {link}\n\nSoporte {company}',
    'Gracias por contactar con {company}\nHola,\n\nte confirmamos que tu formulario nos ha llegado bien. Nuestro horario de atención es de lunes a viernes, de 9:00 a 18:00 (hora peninsular).\n\nMientras tanto, quizá encuentres la respuesta en nuestro centro de ayuda: https://{domain}/ayuda\n\nSaludos,\n{company}',
  ],
  pt: [
    'Recebemos a sua mensagem: {title}\nOlá {name},\n\nObrigado pelo seu contacto. A sua mensagem foi registada com a referência {ref} e será respondida por um dos nossos assistentes no prazo de dois dias úteis.\n\nCumprimentos,\nEquipa {company}',
    'Resposta automática\nOlá! Esta é uma resposta automática para avisar que sua mensagem chegou. Nosso horário é de segunda a sexta, das 9h às 18h. 😉',
    'Protocolo {ref}\nPrezado(a) {name},\n\nSua manifestação foi registrada sob o protocolo {ref}. Guarde este número para acompanhar o andamento junto ao nosso SAC.\n\nPrazo de resposta: até 7 dias úteis.\n\n{company} Ltda. – CNPJ 00.000.000/0001-00 – Esta é uma mensagem automática, não responda.',
    'Já estamos a tratar do seu pedido\nBom dia,\n\no seu pedido "{title}" chegou à nossa equipa e foi encaminhado para o departamento responsável. Pode acompanhar o estado aqui: {link}\n\nAté breve,\n{company}',
    'Chamado #{ref} aberto\nAssunto: {title}\nSituação: aguardando atendimento',
    'Obrigado por falar com a {company}\nOi {name}, tudo bem?\n\nSua mensagem chegou direitinho por aqui. A gente responde todo mundo por ordem de chegada, então pode ser que demore um pouquinho.\n\nValeu pela paciência!\n{company}',
  ],
  it: [
    'Abbiamo ricevuto la tua richiesta: {title}\nCiao {name},\n\ngrazie per averci scritto! La tua richiesta è stata registrata con il numero {ref} e riceverai una risposta entro 48 ore lavorative.\n\nUn saluto,\nil team {company}',
    'Risposta automatica\nGentile cliente, la sua email è stata ricevuta. Le risponderemo il prima possibile, compatibilmente con il volume di richieste.',
    'Conferma di ricezione – pratica n. {ref}\nGentile {name},\n\nle confermiamo che la sua segnalazione è stata presa in carico con il numero di pratica {ref}. La invitiamo a citare tale numero in ogni comunicazione successiva.\n\nDistinti saluti,\nUfficio Relazioni con la Clientela\n{company} S.p.A. – Sede legale: Milano – P.IVA 00000000000 – Capitale sociale i.v. € 1.000.000',
    'Ci stiamo lavorando 🔧\nCiao {name}, abbiamo preso in mano il tuo messaggio su «{title}». Ti aggiorniamo presto!',
    'Ticket {ref} aperto\nOggetto: {title}\nStato: in lavorazione',
    'Grazie per aver contattato {company}\nBuongiorno,\n\nil suo messaggio è arrivato correttamente al nostro servizio clienti, attivo dal lunedì al venerdì dalle 9 alle 18. Nel frattempo può consultare le domande frequenti su https://{domain}/faq\n\nCordialmente,\n{company}',
  ],
  nl: [
    'We hebben je vraag ontvangen: {title}\nHoi {name},\n\nBedankt voor je bericht! Je vraag is geregistreerd onder nummer {ref}. We reageren binnen twee werkdagen.\n\nGroet,\nKlantenservice {company}',
    'Automatisch antwoord\nBedankt voor uw e-mail. Dit is een automatisch antwoord: uw bericht is goed aangekomen en wordt zo spoedig mogelijk behandeld.',
    'Ontvangstbevestiging klacht {ref}\nGeachte {name},\n\nHierbij bevestigen wij de ontvangst van uw klacht. Deze is geregistreerd onder kenmerk {ref}. Wij streven ernaar u binnen tien werkdagen inhoudelijk te antwoorden.\n\nMet vriendelijke groet,\nAfdeling Klachtenbehandeling\n{company} N.V. | Postbus 0000 | KvK 00000000\nDit bericht is uitsluitend bestemd voor de geadresseerde.',
    "We gaan ermee aan de slag 🙌\nHey {name}! Je bericht over '{title}' is binnen, we duiken erin.",
    'Ticket #{ref}: {title}\nStatus: nieuw. Je krijgt bericht zodra een collega het ticket oppakt.',
    'Dank voor uw bericht aan {company}\nGoedemorgen,\n\nUw bericht is in goede orde ontvangen. Onze klantenservice is bereikbaar van maandag tot en met vrijdag tussen 9.00 en 17.00 uur. Veel antwoorden vindt u ook op https://{domain}/veelgestelde-vragen\n\nVriendelijke groet,\n{company}',
  ],
}
