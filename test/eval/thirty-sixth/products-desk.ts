// Helpdesk and verification products: their documented default, rendered in our own words
// from memory (nothing pasted); only the English shape is the product's, the rest ours.
import type { Product } from './wording.ts'

export const PERFEX: Product = {
  family: 'helpdesk',
  product: 'Perfex CRM',
  sender: 'own',
  source:
    'Perfex CRM email template "New Ticket Opened - Autoresponse" (Setup > Email Templates > Tickets)',
  texts: {
    en: 'New Support Ticket Opened\nHi {name},\n\nThank you for getting in touch with our support team. A support ticket is now open for your request, and we will email you as soon as it is answered.\n\nSubject: {msg}\nDepartment: Customer Service\nPriority: Medium\n\nTicket message:\n{msg}\n\nYou can view the ticket at any time here: {link}\n\nKind regards,\n{company}',
    de: 'Neues Support-Ticket eröffnet\nHallo {name},\n\nvielen Dank, dass Sie sich an unser Support-Team gewandt haben. Für Ihr Anliegen wurde ein Ticket eröffnet; sobald es beantwortet ist, erhalten Sie eine E-Mail.\n\nBetreff: {msg}\nAbteilung: Kundenservice\nPriorität: Mittel\n\nIhre Nachricht:\n{msg}\n\nDas Ticket können Sie jederzeit hier einsehen: {link}\n\nFreundliche Grüße\n{company}',
    fr: 'Nouveau ticket de support ouvert\nBonjour {name},\n\nMerci d’avoir contacté notre équipe d’assistance. Un ticket a été ouvert pour votre demande ; vous serez prévenu par e-mail dès qu’une réponse y sera apportée.\n\nObjet : {msg}\nService : Service client\nPriorité : Moyenne\n\nVotre message :\n{msg}\n\nVous pouvez consulter le ticket à tout moment ici : {link}\n\nCordialement,\n{company}',
    es: 'Nuevo ticket de soporte abierto\nHola {name}:\n\nGracias por ponerse en contacto con nuestro equipo de soporte. Hemos abierto un ticket para su solicitud y le avisaremos por correo en cuanto tenga respuesta.\n\nAsunto: {msg}\nDepartamento: Atención al cliente\nPrioridad: Media\n\nSu mensaje:\n{msg}\n\nPuede consultar el ticket en cualquier momento aquí: {link}\n\nUn saludo,\n{company}',
    pt: 'Novo ticket de suporte aberto\nOlá {name},\n\nObrigado por contactar a nossa equipa de suporte. Foi aberto um ticket para o seu pedido e receberá um e-mail assim que houver resposta.\n\nAssunto: {msg}\nDepartamento: Apoio ao cliente\nPrioridade: Média\n\nA sua mensagem:\n{msg}\n\nPode consultar o ticket a qualquer momento aqui: {link}\n\nCumprimentos,\n{company}',
    it: 'Nuovo ticket di assistenza aperto\nCiao {name},\n\ngrazie per aver contattato il nostro team di assistenza. Abbiamo aperto un ticket per la tua richiesta e ti scriveremo appena riceverà una risposta.\n\nOggetto: {msg}\nReparto: Servizio clienti\nPriorità: Media\n\nIl tuo messaggio:\n{msg}\n\nPuoi vedere il ticket in qualsiasi momento qui: {link}\n\nCordiali saluti,\n{company}',
    nl: 'Nieuw supportticket geopend\nHallo {name},\n\nBedankt dat u contact hebt opgenomen met ons supportteam. Er is een ticket voor uw verzoek geopend; u krijgt een e-mail zodra het is beantwoord.\n\nOnderwerp: {msg}\nAfdeling: Klantenservice\nPrioriteit: Gemiddeld\n\nUw bericht:\n{msg}\n\nU kunt het ticket altijd hier bekijken: {link}\n\nMet vriendelijke groet,\n{company}',
  },
}

export const ORACLE: Product = {
  family: 'helpdesk',
  product: 'Oracle B2C Service (RightNow)',
  sender: 'hosted',
  source:
    'Oracle B2C Service (formerly RightNow CX) incident acknowledgement, "[Incident: yymmdd-nnnnnn]" subject',
  texts: {
    en: '[Incident: {incident}] {msg}\nRecently you asked us a question. Your reference number is {incident}.\n\nSubject\n{msg}\n\nDiscussion thread\nCustomer (By Email) {date}\n{msg}\n\nWe will answer as soon as we can. To add information to your question or to see our reply, visit {link} and sign in with your email address.\n\n{company} Customer Care',
    de: '[Vorgang: {incident}] {msg}\nSie haben uns kürzlich eine Frage gestellt. Ihre Referenznummer lautet {incident}.\n\nBetreff\n{msg}\n\nVerlauf\nKunde (per E-Mail) {date}\n{msg}\n\nWir antworten so bald wie möglich. Um Angaben zu ergänzen oder unsere Antwort zu lesen, öffnen Sie {link} und melden Sie sich mit Ihrer E-Mail-Adresse an.\n\n{company} Kundenbetreuung',
    fr: '[Incident : {incident}] {msg}\nVous nous avez récemment posé une question. Votre numéro de référence est {incident}.\n\nObjet\n{msg}\n\nFil de discussion\nClient (par e-mail) {date}\n{msg}\n\nNous vous répondrons dès que possible. Pour compléter votre question ou lire notre réponse, rendez-vous sur {link} et connectez-vous avec votre adresse e-mail.\n\nService clientèle {company}',
    es: '[Incidencia: {incident}] {msg}\nHace poco nos envió una pregunta. Su número de referencia es {incident}.\n\nAsunto\n{msg}\n\nHistorial\nCliente (por correo) {date}\n{msg}\n\nLe responderemos lo antes posible. Para añadir datos a su pregunta o ver nuestra respuesta, visite {link} e inicie sesión con su correo.\n\nAtención al cliente de {company}',
    pt: '[Ocorrência: {incident}] {msg}\nEnviou-nos recentemente uma pergunta. O seu número de referência é {incident}.\n\nAssunto\n{msg}\n\nHistórico\nCliente (por e-mail) {date}\n{msg}\n\nResponderemos logo que possível. Para acrescentar informação ou ver a nossa resposta, aceda a {link} e entre com o seu e-mail.\n\nApoio ao Cliente {company}',
    it: '[Pratica: {incident}] {msg}\nDi recente ci hai inviato una domanda. Il tuo numero di riferimento è {incident}.\n\nOggetto\n{msg}\n\nCronologia\nCliente (via e-mail) {date}\n{msg}\n\nTi risponderemo il prima possibile. Per aggiungere dettagli o leggere la risposta, vai su {link} e accedi con il tuo indirizzo e-mail.\n\nAssistenza clienti {company}',
    nl: '[Incident: {incident}] {msg}\nU hebt ons onlangs een vraag gesteld. Uw referentienummer is {incident}.\n\nOnderwerp\n{msg}\n\nGesprek\nKlant (per e-mail) {date}\n{msg}\n\nWe antwoorden zo snel mogelijk. Ga naar {link} en log in met uw e-mailadres om iets toe te voegen of ons antwoord te lezen.\n\nKlantenservice {company}',
  },
}

export const SHARETRIBE: Product = {
  family: 'verification',
  product: 'Sharetribe',
  sender: 'hosted',
  source:
    'Sharetribe marketplace built-in email template "Verify your email address" (Console > Build > Content > Email texts)',
  texts: {
    en: 'Verify your email address\nHi {name},\n\nThanks for joining {company}! To finish creating your account, please confirm that {email} is your email address.\n\nVerify my email address: {link}\n\nIf you did not create an account at {company}, you can ignore this message.\n\nThe {company} team',
    de: 'Bestätige deine E-Mail-Adresse\nHallo {name},\n\nschön, dass du bei {company} mitmachst! Damit dein Konto fertig eingerichtet ist, bestätige bitte, dass {email} deine E-Mail-Adresse ist.\n\nE-Mail-Adresse bestätigen: {link}\n\nFalls du kein Konto bei {company} angelegt hast, kannst du diese Nachricht ignorieren.\n\nDein {company}-Team',
    fr: 'Vérifiez votre adresse e-mail\nBonjour {name},\n\nMerci d’avoir rejoint {company} ! Pour terminer la création de votre compte, confirmez que {email} est bien votre adresse.\n\nVérifier mon adresse : {link}\n\nSi vous n’avez pas créé de compte sur {company}, ignorez ce message.\n\nL’équipe {company}',
    es: 'Verifica tu dirección de correo\nHola {name}:\n\n¡Gracias por unirte a {company}! Para terminar de crear tu cuenta, confirma que {email} es tu dirección de correo.\n\nVerificar mi correo: {link}\n\nSi no has creado ninguna cuenta en {company}, puedes ignorar este mensaje.\n\nEl equipo de {company}',
    pt: 'Verifique o seu endereço de e-mail\nOlá {name},\n\nObrigado por se juntar ao {company}! Para concluir a criação da conta, confirme que {email} é o seu endereço de e-mail.\n\nVerificar o meu e-mail: {link}\n\nSe não criou uma conta no {company}, ignore esta mensagem.\n\nA equipa {company}',
    it: 'Verifica il tuo indirizzo email\nCiao {name},\n\ngrazie per esserti unito a {company}! Per completare la creazione dell’account, conferma che {email} è il tuo indirizzo email.\n\nVerifica il mio indirizzo: {link}\n\nSe non hai creato un account su {company}, ignora questo messaggio.\n\nIl team di {company}',
    nl: 'Verifieer je e-mailadres\nHoi {name},\n\nLeuk dat je je bij {company} aansluit! Bevestig dat {email} jouw e-mailadres is om je account af te maken.\n\nMijn e-mailadres verifiëren: {link}\n\nHeb je geen account bij {company} aangemaakt? Dan kun je dit bericht negeren.\n\nHet {company}-team',
  },
}

export const EDD: Product = {
  family: 'verification',
  product: 'Easy Digital Downloads',
  sender: 'display',
  source:
    'Easy Digital Downloads user verification email "Verify your account" (Downloads > Settings > Emails)',
  texts: {
    en: 'Verify your account\nVerify your account\n\nHello {name},\n\nYour account with {company} must be verified before you can see your purchase history. Open the following link to verify it:\n\n{link}',
    de: 'Bestätigen Sie Ihr Konto\nBestätigen Sie Ihr Konto\n\nHallo {name},\n\nIhr Konto bei {company} muss bestätigt werden, bevor Sie Ihren Bestellverlauf sehen können. Öffnen Sie diesen Link, um es zu bestätigen:\n\n{link}',
    fr: 'Vérifiez votre compte\nVérifiez votre compte\n\nBonjour {name},\n\nVotre compte chez {company} doit être vérifié avant que vous puissiez consulter l’historique de vos achats. Ouvrez ce lien pour le vérifier :\n\n{link}',
    es: 'Verifique su cuenta\nVerifique su cuenta\n\nHola {name}:\n\nSu cuenta en {company} debe verificarse antes de que pueda ver su historial de compras. Abra este enlace para verificarla:\n\n{link}',
    pt: 'Verifique a sua conta\nVerifique a sua conta\n\nOlá {name},\n\nA sua conta em {company} tem de ser verificada antes de poder ver o histórico de compras. Abra esta ligação para a verificar:\n\n{link}',
    it: 'Verifica il tuo account\nVerifica il tuo account\n\nCiao {name},\n\nil tuo account su {company} deve essere verificato prima che tu possa vedere la cronologia degli acquisti. Apri questo link per verificarlo:\n\n{link}',
    nl: 'Verifieer uw account\nVerifieer uw account\n\nHallo {name},\n\nUw account bij {company} moet worden geverifieerd voordat u uw aankoopgeschiedenis kunt bekijken. Open deze link om het te verifiëren:\n\n{link}',
  },
}
