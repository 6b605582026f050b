// Helpdesk ticket acknowledgements. Written from memory of each product's documented default, in
// our own words; the non-English texts are our renderings of the same notice.
import type { Product } from './types.ts'

/** OneDesk: the default "ticket received" auto-reply (OneDesk help centre, workflow automations). */
export const ONEDESK: Product = {
  family: 'helpdesk',
  product: 'OneDesk',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Your request has been received [#{ref}]',
      body: 'Hi {name},\n\nThanks for contacting {company}. Your request "{message}" has been received and logged as ticket #{ref}. One of our team will respond shortly.\n\nYou can follow its progress in the customer portal: {link}',
    },
    de: {
      subject: 'Ihre Anfrage ist eingegangen [#{ref}]',
      body: 'Hallo {name},\n\ndanke, dass Sie {company} kontaktiert haben. Ihre Anfrage "{message}" ist eingegangen und als Ticket #{ref} erfasst. Jemand aus unserem Team meldet sich in Kürze.\n\nDen Stand sehen Sie im Kundenportal: {link}',
    },
    fr: {
      subject: 'Votre demande a été reçue [#{ref}]',
      body: 'Bonjour {name},\n\nMerci d’avoir contacté {company}. Votre demande « {message} » a été reçue et enregistrée sous le ticket #{ref}. Un membre de notre équipe vous répondra sous peu.\n\nSuivi dans le portail client : {link}',
    },
    es: {
      subject: 'Hemos recibido su solicitud [#{ref}]',
      body: 'Hola {name}:\n\nGracias por contactar con {company}. Su solicitud "{message}" se ha recibido y registrado como ticket #{ref}. Alguien de nuestro equipo le responderá en breve.\n\nPuede seguirla en el portal de clientes: {link}',
    },
    pt: {
      subject: 'Recebemos o seu pedido [#{ref}]',
      body: 'Olá {name},\n\nObrigado por contactar a {company}. O seu pedido "{message}" foi recebido e registado como ticket #{ref}. Um elemento da nossa equipa responderá em breve.\n\nAcompanhe no portal de clientes: {link}',
    },
    it: {
      subject: 'Abbiamo ricevuto la sua richiesta [#{ref}]',
      body: 'Gentile {name},\n\ngrazie per aver contattato {company}. La sua richiesta "{message}" è stata ricevuta e registrata come ticket #{ref}. Un membro del nostro team le risponderà a breve.\n\nStato nel portale clienti: {link}',
    },
    nl: {
      subject: 'Uw verzoek is ontvangen [#{ref}]',
      body: 'Hallo {name},\n\nBedankt voor uw bericht aan {company}. Uw verzoek "{message}" is ontvangen en geregistreerd als ticket #{ref}. Iemand van ons team reageert spoedig.\n\nVolg de status in het klantenportaal: {link}',
    },
  },
}

/** Supportbench: the default case-created notification (Supportbench knowledge base, email templates). */
export const SUPPORTBENCH: Product = {
  family: 'helpdesk',
  product: 'Supportbench',
  sender: 'own',
  texts: {
    en: {
      subject: 'Case {ref} created: {message}',
      body: 'Dear {name},\n\nA new case has been created for you.\nCase number: {ref}\nSubject: {message}\n\nPlease keep the case number in the subject line of any reply so it is added to the same case.\n\n{company} Support',
    },
    de: {
      subject: 'Fall {ref} angelegt: {message}',
      body: 'Guten Tag {name},\n\nfür Sie wurde ein neuer Fall angelegt.\nFallnummer: {ref}\nBetreff: {message}\n\nBitte lassen Sie die Fallnummer in der Betreffzeile jeder Antwort stehen.\n\n{company} Support',
    },
    fr: {
      subject: 'Dossier {ref} créé : {message}',
      body: 'Bonjour {name},\n\nUn nouveau dossier a été créé pour vous.\nNuméro de dossier : {ref}\nObjet : {message}\n\nMerci de conserver ce numéro dans l’objet de vos réponses.\n\nSupport {company}',
    },
    es: {
      subject: 'Caso {ref} creado: {message}',
      body: 'Estimado/a {name}:\n\nSe ha creado un nuevo caso a su nombre.\nNúmero de caso: {ref}\nAsunto: {message}\n\nConserve el número de caso en el asunto de sus respuestas.\n\nSoporte {company}',
    },
    pt: {
      subject: 'Caso {ref} criado: {message}',
      body: 'Caro(a) {name},\n\nFoi criado um novo caso em seu nome.\nNúmero do caso: {ref}\nAssunto: {message}\n\nMantenha o número do caso no assunto das suas respostas.\n\nSuporte {company}',
    },
    it: {
      subject: 'Caso {ref} creato: {message}',
      body: 'Gentile {name},\n\nè stato creato un nuovo caso a suo nome.\nNumero del caso: {ref}\nOggetto: {message}\n\nLasci il numero del caso nell’oggetto di ogni risposta.\n\nAssistenza {company}',
    },
    nl: {
      subject: 'Case {ref} aangemaakt: {message}',
      body: 'Beste {name},\n\nEr is een nieuwe case voor u aangemaakt.\nCasenummer: {ref}\nOnderwerp: {message}\n\nLaat het casenummer in de onderwerpregel staan als u antwoordt.\n\n{company} Support',
    },
  },
}
