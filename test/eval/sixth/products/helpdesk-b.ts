// Helpdesk and form acknowledgements, part two (CRM case auto-responses and WordPress form
// plugins' submitter copies). Written from knowledge of each default, not pasted.
import type { Product } from '../product.ts'

/** source: Dynamics 365 Customer Service, automatic record creation acknowledgement (reconstruction). */
export const DYNAMICS: Product = {
  product: 'Dynamics 365',
  family: 'helpdesk',
  source:
    'Dynamics 365 Customer Service automatic record creation rule, acknowledgement email template (reconstruction)',
  echo: 'subject',
  texts: {
    en: {
      subject: 'Case {ticket} created: {subject}',
      body: 'Dear {name},\n\nWe have received your request and a case has been created. Case number: {ticket}\nTitle: {subject}\n\nA customer service representative will contact you soon. Please do not change the subject line when replying.\n\n{company} Customer Service',
    },
    de: {
      subject: 'Fall {ticket} erstellt: {subject}',
      body: 'Sehr geehrte/r {name},\n\nwir haben Ihre Anfrage erhalten und einen Fall angelegt. Fallnummer: {ticket}\nTitel: {subject}\n\nEin Mitarbeiter unseres Kundendienstes wird sich in Kürze bei Ihnen melden. Bitte ändern Sie beim Antworten den Betreff nicht.\n\n{company} Kundenservice',
    },
    fr: {
      subject: 'Incident {ticket} créé : {subject}',
      body: "Madame, Monsieur {name},\n\nNous avons bien reçu votre demande et un incident a été créé. Numéro : {ticket}\nTitre : {subject}\n\nUn conseiller vous contactera prochainement. Merci de ne pas modifier l'objet en répondant.\n\nService client {company}",
    },
    es: {
      subject: 'Caso {ticket} creado: {subject}',
      body: 'Estimado/a {name}:\n\nHemos recibido su solicitud y se ha creado un caso. Número de caso: {ticket}\nTítulo: {subject}\n\nUn representante de atención al cliente se pondrá en contacto con usted pronto. No cambie el asunto al responder.\n\nAtención al cliente de {company}',
    },
    pt: {
      subject: 'Ocorrência {ticket} criada: {subject}',
      body: 'Caro(a) {name},\n\nRecebemos o seu pedido e foi criada uma ocorrência. Número: {ticket}\nTítulo: {subject}\n\nUm representante do apoio ao cliente entrará em contacto brevemente. Não altere o assunto ao responder.\n\nApoio ao Cliente {company}',
    },
    it: {
      subject: 'Caso {ticket} creato: {subject}',
      body: "Gentile {name},\n\nabbiamo ricevuto la sua richiesta ed è stato creato un caso. Numero caso: {ticket}\nTitolo: {subject}\n\nUn operatore del servizio clienti la contatterà a breve. Non modifichi l'oggetto quando risponde.\n\nServizio clienti {company}",
    },
    nl: {
      subject: 'Zaak {ticket} aangemaakt: {subject}',
      body: 'Beste {name},\n\nWe hebben uw verzoek ontvangen en er is een zaak aangemaakt. Zaaknummer: {ticket}\nTitel: {subject}\n\nEen medewerker van de klantenservice neemt binnenkort contact met u op. Wijzig het onderwerp niet als u antwoordt.\n\n{company} Klantenservice',
    },
    sv: {
      subject: 'Ärende {ticket} skapat: {subject}',
      body: 'Hej {name},\n\nVi har tagit emot din förfrågan och ett ärende har skapats. Ärendenummer: {ticket}\nRubrik: {subject}\n\nEn kundtjänstmedarbetare kontaktar dig snart. Ändra inte ämnesraden när du svarar.\n\n{company} Kundtjänst',
    },
    pl: {
      subject: 'Sprawa {ticket} utworzona: {subject}',
      body: 'Szanowny/a {name},\n\notrzymaliśmy Twoją prośbę i utworzyliśmy sprawę. Numer sprawy: {ticket}\nTytuł: {subject}\n\nKonsultant obsługi klienta wkrótce się z Tobą skontaktuje. Prosimy nie zmieniać tematu w odpowiedzi.\n\nObsługa klienta {company}',
    },
  },
}

/** source: SuiteCRM (AOP), "Case Creation" email template sent to the contact (reconstruction). */
export const SUITECRM: Product = {
  product: 'SuiteCRM',
  family: 'helpdesk',
  source: 'SuiteCRM AOP case creation email template (reconstruction)',
  echo: 'subject',
  texts: {
    en: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Hi {name},\n\nThank you for logging your case with us. Your case has been assigned reference number {ticket}; please quote it in any correspondence.\n\nSubject: {subject}\nDescription: {message}\n\nYou can follow your case in our portal: {link}\n\n{company}',
    },
    de: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Hallo {name},\n\nvielen Dank für Ihre Meldung. Ihr Fall hat die Referenznummer {ticket}; bitte geben Sie sie bei jeder Korrespondenz an.\n\nBetreff: {subject}\nBeschreibung: {message}\n\nIm Portal können Sie den Fall verfolgen: {link}\n\n{company}',
    },
    fr: {
      subject: '[CASE:{ticket}] {subject}',
      body: "Bonjour {name},\n\nMerci d'avoir enregistré votre demande. Elle porte la référence {ticket} ; merci de la rappeler dans vos échanges.\n\nObjet : {subject}\nDescription : {message}\n\nSuivi dans notre portail : {link}\n\n{company}",
    },
    es: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Hola {name}:\n\nGracias por registrar su caso. Se le ha asignado la referencia {ticket}; indíquela en toda comunicación.\n\nAsunto: {subject}\nDescripción: {message}\n\nPuede seguir su caso en el portal: {link}\n\n{company}',
    },
    pt: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Olá {name},\n\nObrigado por registar o seu caso. Foi-lhe atribuída a referência {ticket}; indique-a em toda a correspondência.\n\nAssunto: {subject}\nDescrição: {message}\n\nAcompanhe o caso no portal: {link}\n\n{company}',
    },
    it: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Ciao {name},\n\ngrazie per aver aperto una segnalazione. Il riferimento assegnato è {ticket}; la preghiamo di citarlo in ogni comunicazione.\n\nOggetto: {subject}\nDescrizione: {message}\n\nPuò seguire la segnalazione nel portale: {link}\n\n{company}',
    },
    nl: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Hallo {name},\n\nBedankt voor het melden van uw zaak. Uw zaak heeft referentienummer {ticket}; vermeld dit bij alle correspondentie.\n\nOnderwerp: {subject}\nOmschrijving: {message}\n\nVolg uw zaak in ons portaal: {link}\n\n{company}',
    },
    sv: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Hej {name},\n\nTack för att du registrerade ditt ärende. Det har fått referensnummer {ticket}; ange det i all korrespondens.\n\nÄmne: {subject}\nBeskrivning: {message}\n\nFölj ärendet i vår portal: {link}\n\n{company}',
    },
    pl: {
      subject: '[CASE:{ticket}] {subject}',
      body: 'Dzień dobry {name},\n\ndziękujemy za zgłoszenie sprawy. Nadaliśmy jej numer referencyjny {ticket}; prosimy podawać go w korespondencji.\n\nTemat: {subject}\nOpis: {message}\n\nSprawę można śledzić w portalu: {link}\n\n{company}',
    },
  },
}

/** source: Fluent Forms, "Email Notifications" to the submitter with {all_data} (reconstruction). */
export const FLUENT_FORMS: Product = {
  product: 'Fluent Forms',
  family: 'helpdesk',
  source:
    'Fluent Forms email notification to the submitter with the {all_data} shortcode (reconstruction)',
  echo: 'message',
  texts: {
    en: {
      subject: 'Thank you for contacting {company}',
      body: 'Hi {name},\n\nThank you for reaching out. We have received your submission and will get back to you shortly.\n\nName: {name}\nEmail: {email}\nMessage: {message}\n\n{company}\n{site}',
    },
    de: {
      subject: 'Danke für Ihre Nachricht an {company}',
      body: 'Hallo {name},\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Angaben erhalten und melden uns in Kürze.\n\nName: {name}\nE-Mail: {email}\nNachricht: {message}\n\n{company}\n{site}',
    },
    fr: {
      subject: "Merci d'avoir contacté {company}",
      body: 'Bonjour {name},\n\nMerci pour votre message. Nous avons bien reçu votre formulaire et vous répondrons rapidement.\n\nNom : {name}\nE-mail : {email}\nMessage : {message}\n\n{company}\n{site}',
    },
    es: {
      subject: 'Gracias por contactar con {company}',
      body: 'Hola {name}:\n\nGracias por escribirnos. Hemos recibido tu formulario y te responderemos pronto.\n\nNombre: {name}\nCorreo: {email}\nMensaje: {message}\n\n{company}\n{site}',
    },
    pt: {
      subject: 'Obrigado por contactar a {company}',
      body: 'Olá {name},\n\nObrigado pela sua mensagem. Recebemos o seu formulário e responderemos em breve.\n\nNome: {name}\nE-mail: {email}\nMensagem: {message}\n\n{company}\n{site}',
    },
    it: {
      subject: 'Grazie per aver contattato {company}',
      body: 'Ciao {name},\n\ngrazie per averci scritto. Abbiamo ricevuto il tuo modulo e ti risponderemo a breve.\n\nNome: {name}\nEmail: {email}\nMessaggio: {message}\n\n{company}\n{site}',
    },
    nl: {
      subject: 'Bedankt voor je bericht aan {company}',
      body: 'Hoi {name},\n\nBedankt voor je bericht. We hebben je formulier ontvangen en reageren zo snel mogelijk.\n\nNaam: {name}\nE-mail: {email}\nBericht: {message}\n\n{company}\n{site}',
    },
    sv: {
      subject: 'Tack för att du kontaktade {company}',
      body: 'Hej {name},\n\nTack för ditt meddelande. Vi har tagit emot ditt formulär och återkommer snart.\n\nNamn: {name}\nE-post: {email}\nMeddelande: {message}\n\n{company}\n{site}',
    },
    pl: {
      subject: 'Dziękujemy za kontakt z {company}',
      body: 'Cześć {name},\n\ndziękujemy za wiadomość. Otrzymaliśmy Twój formularz i wkrótce odpowiemy.\n\nImię: {name}\nE-mail: {email}\nWiadomość: {message}\n\n{company}\n{site}',
    },
  },
}

/** source: Forminator, default user email notification with {all_fields} (reconstruction). */
export const FORMINATOR: Product = {
  product: 'Forminator',
  family: 'helpdesk',
  source:
    'Forminator (WPMU DEV) email notification to the user, default {name-1} / {all_fields} (reconstruction)',
  echo: 'name',
  texts: {
    en: {
      subject: 'Thank you for your submission, {name}',
      body: 'Hi {name},\n\nThank you for contacting us. We have received your message and will get back to you shortly.\n\nHere is a copy of your submission:\nName: {name}\nEmail: {email}\n\n---\nThis message was sent from {site}.',
    },
    de: {
      subject: 'Danke für Ihre Einsendung, {name}',
      body: 'Hallo {name},\n\ndanke, dass Sie uns kontaktiert haben. Wir haben Ihre Nachricht erhalten und melden uns bald.\n\nIhre Angaben:\nName: {name}\nE-Mail: {email}\n\n---\nDiese Nachricht wurde von {site} gesendet.',
    },
    fr: {
      subject: 'Merci pour votre envoi, {name}',
      body: 'Bonjour {name},\n\nMerci de nous avoir contactés. Nous avons reçu votre message et reviendrons vers vous rapidement.\n\nCopie de votre envoi :\nNom : {name}\nE-mail : {email}\n\n---\nCe message a été envoyé depuis {site}.',
    },
    es: {
      subject: 'Gracias por tu envío, {name}',
      body: 'Hola {name}:\n\nGracias por contactarnos. Hemos recibido tu mensaje y te responderemos en breve.\n\nCopia de tu envío:\nNombre: {name}\nCorreo: {email}\n\n---\nEste mensaje se envió desde {site}.',
    },
    pt: {
      subject: 'Obrigado pelo seu envio, {name}',
      body: 'Olá {name},\n\nObrigado pelo contacto. Recebemos a sua mensagem e responderemos em breve.\n\nCópia do seu envio:\nNome: {name}\nE-mail: {email}\n\n---\nEsta mensagem foi enviada a partir de {site}.',
    },
    it: {
      subject: 'Grazie per il tuo invio, {name}',
      body: 'Ciao {name},\n\ngrazie per averci contattato. Abbiamo ricevuto il tuo messaggio e ti risponderemo presto.\n\nCopia del tuo invio:\nNome: {name}\nEmail: {email}\n\n---\nQuesto messaggio è stato inviato da {site}.',
    },
    nl: {
      subject: 'Bedankt voor je inzending, {name}',
      body: 'Hoi {name},\n\nBedankt voor je bericht. We hebben het ontvangen en nemen snel contact met je op.\n\nKopie van je inzending:\nNaam: {name}\nE-mail: {email}\n\n---\nDit bericht is verzonden vanaf {site}.',
    },
    sv: {
      subject: 'Tack för ditt inskick, {name}',
      body: 'Hej {name},\n\nTack för att du kontaktade oss. Vi har tagit emot ditt meddelande och hör av oss snart.\n\nKopia av ditt inskick:\nNamn: {name}\nE-post: {email}\n\n---\nDetta meddelande skickades från {site}.',
    },
    pl: {
      subject: 'Dziękujemy za przesłanie formularza, {name}',
      body: 'Cześć {name},\n\ndziękujemy za kontakt. Otrzymaliśmy Twoją wiadomość i wkrótce odpowiemy.\n\nKopia zgłoszenia:\nImię: {name}\nE-mail: {email}\n\n---\nTa wiadomość została wysłana ze strony {site}.',
    },
  },
}
