// Hand-written helpdesk-family texts, two per variant and language, each a company's own
// wording: ticket acknowledgements, web forms that copy the submitted message back, and B2B
// "request a demo" / "quote request received" acknowledgements. Written for this set.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const HAND_TICKET: Texts = {
  en: [
    'Request received: {subject} :: Hi,\n\nThanks for reaching out to {company}. Your request has been logged as #{ref} and a member of our team will reply within one business day.\n\nYou wrote:\n> {message}\n\nPlease keep #{ref} in the subject if you write again.\n\n{company} Customer Care',
    '[#{ref}] We got your message 👋 :: Hey there!\n\nJust a quick note to say your message reached us. Ticket {ref} is now in our queue - most people hear back in under 4 hours.\n\nTrack it here: {link}\n\nCheers,\nthe {company} crew',
  ],
  de: [
    'Ihre Anfrage ist bei uns eingegangen: {subject} :: Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer {ref} erfasst und melden uns innerhalb von zwei Werktagen.\n\nIhre Nachricht:\n{message}\n\nMit freundlichen Grüßen\nIhr Kundenservice der {company}\n\n{company} · Sitz: Hannover · HRB 81734',
    'Ticket {ref}: Danke für deine Nachricht :: Hallo!\n\nDeine Nachricht ist angekommen und hat die Ticketnummer {ref} bekommen. Wir schauen sie uns so schnell wie möglich an.\n\nStatus ansehen: {link}\n\nViele Grüße\nDein {company} Support-Team',
  ],
  fr: [
    'Accusé de réception - demande n° {ref} :: Madame, Monsieur,\n\nNous accusons réception de votre demande « {subject} », enregistrée sous le numéro {ref}. Un conseiller vous répondra dans un délai de 48 heures ouvrées.\n\nVotre message :\n{message}\n\nCordialement,\nLe service clients {company}',
    'On a bien reçu ton message ({ref}) :: Salut !\n\nMerci pour ton message, il est bien arrivé chez nous. On revient vers toi très vite.\n\nTon numéro de suivi : {ref}\nSuivre ta demande : {link}\n\nÀ très vite,\nL’équipe {company}',
  ],
  es: [
    'Hemos recibido su consulta [{ref}] :: Estimado/a cliente:\n\nLe confirmamos la recepción de su consulta «{subject}». Su número de incidencia es {ref}. Le responderemos en un plazo máximo de 48 horas laborables.\n\nMensaje recibido:\n{message}\n\nAtentamente,\nAtención al Cliente de {company}',
    '¡Recibido! Tu ticket es el {ref} :: ¡Hola!\n\nGracias por escribirnos. Tu mensaje ya está en nuestra bandeja y lo atenderemos en cuanto podamos.\n\nPuedes seguirlo aquí: {link}\n\nUn saludo,\nEl equipo de {company} 🙂',
  ],
  pt: [
    'Pedido de suporte recebido - {ref} :: Caro(a) cliente,\n\nConfirmamos a receção do seu pedido "{subject}", registado com o número {ref}. A nossa equipa responderá no prazo de dois dias úteis.\n\nA sua mensagem:\n{message}\n\nCom os melhores cumprimentos,\nApoio ao Cliente {company}',
    'Recebemos sua mensagem! Protocolo {ref} :: Olá!\n\nSua mensagem chegou direitinho. Anotamos o protocolo {ref} e já já alguém do time responde.\n\nAcompanhe por aqui: {link}\n\nAbraços,\nEquipe {company}',
  ],
  it: [
    'Abbiamo ricevuto la tua richiesta n. {ref} :: Gentile cliente,\n\ngrazie per averci scritto. La tua richiesta "{subject}" è stata registrata con il numero {ref}; ti risponderemo entro 24 ore lavorative.\n\nTesto ricevuto:\n{message}\n\nCordiali saluti,\nServizio Clienti {company}',
    'Ticket {ref} aperto :: Ciao,\n\nil tuo messaggio è arrivato e abbiamo aperto il ticket {ref}. Puoi seguire lo stato qui: {link}\n\nA presto!\nIl team di {company}',
  ],
  nl: [
    'Wij hebben uw vraag ontvangen (ticket {ref}) :: Geachte heer/mevrouw,\n\nHartelijk dank voor uw bericht. Uw vraag "{subject}" is geregistreerd onder ticketnummer {ref}. Wij reageren binnen twee werkdagen.\n\nUw bericht:\n{message}\n\nMet vriendelijke groet,\nKlantenservice {company}',
    'Top, je bericht is binnen! #{ref} :: Hoi!\n\nBedankt voor je bericht. We hebben er ticket {ref} van gemaakt en komen zo snel mogelijk bij je terug.\n\nVolg je ticket: {link}\n\nGroetjes,\nTeam {company}',
  ],
}

export const HAND_WEBCOPY: Texts = {
  en: [
    'Copy of your message to {company} :: This is a copy of the message you sent through the contact form at {site}.\n\nName: {name}\nEmail: {email}\nSubject: {subject}\n\n{message}\n\nWe will get back to you shortly. Please do not reply to this automatic email.',
    'Thank you for contacting us :: Dear {name},\n\nthank you for contacting {company}. Here is what you sent us:\n\n"{message}"\n\nOur office hours are Monday to Friday, 9am-5pm. We aim to reply the same day.\n\nKind regards,\n{company}',
  ],
  de: [
    'Kopie Ihrer Nachricht an {company} :: Sie haben uns über das Kontaktformular auf {site} folgende Nachricht gesendet:\n\nName: {name}\nE-Mail: {email}\nBetreff: {subject}\nNachricht:\n{message}\n\nWir melden uns zeitnah. Diese E-Mail wurde automatisch erstellt.',
    'Danke für Ihre Kontaktanfrage :: Hallo {name},\n\ndanke, dass Sie sich an {company} gewandt haben. Zur Sicherheit hier noch einmal Ihre Angaben:\n\n{message}\n\nUnser Team ist Mo-Fr von 8 bis 17 Uhr erreichbar.\n\nBeste Grüße\n{company}',
  ],
  fr: [
    'Copie de votre message à {company} :: Voici une copie du message envoyé depuis le formulaire de contact de {site} :\n\nNom : {name}\nE-mail : {email}\nObjet : {subject}\nMessage :\n{message}\n\nNous vous répondrons rapidement. Merci de ne pas répondre à ce courriel automatique.',
    'Merci de nous avoir contactés :: Bonjour {name},\n\nmerci d’avoir contacté {company}. Pour mémoire, voici votre message :\n\n« {message} »\n\nNous sommes joignables du lundi au vendredi de 9h à 18h.\n\nBien à vous,\n{company}',
  ],
  es: [
    'Copia de su mensaje a {company} :: Esta es una copia del mensaje enviado desde el formulario de contacto de {site}.\n\nNombre: {name}\nCorreo: {email}\nAsunto: {subject}\nMensaje:\n{message}\n\nLe responderemos en breve. No responda a este correo automático.',
    'Gracias por contactar con nosotros :: Hola {name}:\n\nGracias por escribir a {company}. Esto es lo que nos enviaste:\n\n"{message}"\n\nNuestro horario es de lunes a viernes de 9:00 a 18:00.\n\nSaludos cordiales,\n{company}',
  ],
  pt: [
    'Cópia da sua mensagem para {company} :: Esta é uma cópia da mensagem enviada pelo formulário de contacto em {site}.\n\nNome: {name}\nE-mail: {email}\nAssunto: {subject}\nMensagem:\n{message}\n\nResponderemos em breve. Não responda a este e-mail automático.',
    'Obrigado pelo seu contacto :: Olá {name},\n\nobrigado por contactar a {company}. Eis o que nos enviou:\n\n"{message}"\n\nO nosso horário é de segunda a sexta, das 9h às 18h.\n\nCumprimentos,\n{company}',
  ],
  it: [
    'Copia del tuo messaggio a {company} :: Questa è una copia del messaggio inviato tramite il modulo di contatto di {site}.\n\nNome: {name}\nEmail: {email}\nOggetto: {subject}\nMessaggio:\n{message}\n\nTi risponderemo al più presto. Non rispondere a questa email automatica.',
    'Grazie per averci contattato :: Gentile {name},\n\ngrazie per aver contattato {company}. Ecco il testo che ci hai inviato:\n\n"{message}"\n\nSiamo operativi dal lunedì al venerdì, 9-18.\n\nUn cordiale saluto,\n{company}',
  ],
  nl: [
    'Kopie van uw bericht aan {company} :: Dit is een kopie van het bericht dat u via het contactformulier op {site} heeft verstuurd.\n\nNaam: {name}\nE-mail: {email}\nOnderwerp: {subject}\nBericht:\n{message}\n\nWij nemen spoedig contact op. Dit is een automatisch bericht.',
    'Bedankt voor uw bericht :: Beste {name},\n\nbedankt dat u contact opnam met {company}. Ter controle uw bericht:\n\n"{message}"\n\nWe zijn bereikbaar van maandag tot vrijdag, 9.00-17.00 uur.\n\nMet vriendelijke groet,\n{company}',
  ],
}

export const HAND_B2B: Texts = {
  en: [
    'Your demo request - {company} :: Hi {name},\n\nthanks for requesting a demo of {company}. One of our solution consultants will contact you within one business day to find a slot that suits you.\n\nIn the meantime, you can book directly: {link}\n\nYour notes: {message}\n\nBest,\nSales team, {company}',
    'Quote request received (Ref. {ref}) :: Dear {name},\n\nWe have received your request for quotation, reference {ref}. Our sales office will prepare an offer and send it within 3 working days.\n\nRequest details:\n{message}\n\nRegards,\n{company} Sales Office',
  ],
  de: [
    'Ihre Demo-Anfrage bei {company} :: Guten Tag {name},\n\nvielen Dank für Ihr Interesse an einer Produktdemo. Ein Berater meldet sich innerhalb eines Werktags, um einen Termin abzustimmen.\n\nIhre Anmerkungen: {message}\n\nMit freundlichen Grüßen\nVertrieb {company}',
    'Angebotsanfrage eingegangen - Nr. {ref} :: Sehr geehrte(r) {name},\n\nwir bestätigen den Eingang Ihrer Angebotsanfrage Nr. {ref}. Sie erhalten unser Angebot innerhalb von drei Werktagen.\n\nIhre Angaben:\n{message}\n\nFreundliche Grüße\nInnendienst {company}',
  ],
  fr: [
    'Votre demande de démo {company} :: Bonjour {name},\n\nmerci pour votre demande de démonstration. Un consultant vous contactera sous 24 heures ouvrées pour convenir d’un créneau.\n\nVos précisions : {message}\n\nBien cordialement,\nL’équipe commerciale {company}',
    'Demande de devis reçue - réf. {ref} :: Bonjour {name},\n\nnous avons bien reçu votre demande de devis (réf. {ref}). Notre service commercial vous adressera une proposition sous 3 jours ouvrés.\n\nDétail de la demande :\n{message}\n\nCordialement,\n{company}',
  ],
  es: [
    'Solicitud de demo recibida - {company} :: Hola {name}:\n\ngracias por solicitar una demostración. Un consultor se pondrá en contacto contigo en menos de 24 horas laborables para agendarla.\n\nTus comentarios: {message}\n\nUn saludo,\nEquipo comercial de {company}',
    'Solicitud de presupuesto n.º {ref} :: Estimado/a {name}:\n\nHemos recibido su solicitud de presupuesto con referencia {ref}. Le enviaremos una oferta en un plazo de 3 días hábiles.\n\nDatos de la solicitud:\n{message}\n\nAtentamente,\nDepartamento Comercial {company}',
  ],
  pt: [
    'Pedido de demonstração recebido - {company} :: Olá {name},\n\nobrigado pelo interesse numa demonstração. Um consultor entrará em contacto num dia útil para marcar a sessão.\n\nAs suas notas: {message}\n\nCumprimentos,\nEquipa Comercial {company}',
    'Pedido de orçamento {ref} recebido :: Prezado(a) {name},\n\nrecebemos o seu pedido de orçamento com a referência {ref}. A proposta será enviada em até 3 dias úteis.\n\nDetalhes do pedido:\n{message}\n\nAtenciosamente,\nDepartamento Comercial {company}',
  ],
  it: [
    'Richiesta demo ricevuta - {company} :: Ciao {name},\n\ngrazie per aver richiesto una demo. Un nostro consulente ti contatterà entro un giorno lavorativo per fissare l’appuntamento.\n\nLe tue note: {message}\n\nA presto,\nTeam vendite {company}',
    'Richiesta di preventivo n. {ref} :: Gentile {name},\n\nabbiamo ricevuto la sua richiesta di preventivo (rif. {ref}). Il nostro ufficio commerciale le invierà un’offerta entro 3 giorni lavorativi.\n\nDettagli:\n{message}\n\nDistinti saluti,\nUfficio Commerciale {company}',
  ],
  nl: [
    'Uw demo-aanvraag bij {company} :: Hallo {name},\n\nbedankt voor uw demo-aanvraag. Een consultant neemt binnen één werkdag contact met u op om een afspraak te plannen.\n\nUw opmerkingen: {message}\n\nMet vriendelijke groet,\nSales {company}',
    'Offerteaanvraag ontvangen - ref. {ref} :: Geachte {name},\n\nwij hebben uw offerteaanvraag met referentie {ref} ontvangen. U ontvangt binnen 3 werkdagen een offerte.\n\nUw aanvraag:\n{message}\n\nMet vriendelijke groet,\nVerkoop binnendienst {company}',
  ],
}
