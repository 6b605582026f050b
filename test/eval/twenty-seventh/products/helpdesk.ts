// Helpdesk ticket acknowledgements of two products, rendered from memory of their documented
// defaults in our own words (nothing pasted).
import type { Product } from './types.ts'

// Source: HelpSpot admin manual, "Auto Reply" / portal request-created notification (access key
// and portal link to check the request).
export const HELPSPOT: Product = {
  family: 'helpdesk',
  product: 'HelpSpot',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'RE: {p}',
      body: 'Thank you for contacting us. Your request has been received and a member of our staff will be in touch.\nYour access key: {num}\nCheck the status of your request at {link}',
    },
    de: {
      subject: 'AW: {p}',
      body: 'Vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen, ein Mitarbeiter meldet sich.\nIhr Zugangsschlüssel: {num}\nStatus ansehen: {link}',
    },
    fr: {
      subject: 'RE : {p}',
      body: 'Merci de nous avoir contactés. Votre demande a bien été reçue, un membre de notre équipe vous répondra.\nVotre clé d’accès : {num}\nSuivre votre demande : {link}',
    },
    es: {
      subject: 'RE: {p}',
      body: 'Gracias por escribirnos. Hemos recibido su solicitud y un miembro del equipo se pondrá en contacto.\nSu clave de acceso: {num}\nConsulte el estado en {link}',
    },
    pt: {
      subject: 'RE: {p}',
      body: 'Obrigado pelo contacto. O seu pedido foi recebido e um membro da equipa irá responder.\nChave de acesso: {num}\nVeja o estado do pedido em {link}',
    },
    it: {
      subject: 'RE: {p}',
      body: 'Grazie per averci contattato. La tua richiesta è stata ricevuta e un operatore ti risponderà.\nChiave di accesso: {num}\nControlla lo stato su {link}',
    },
    nl: {
      subject: 'RE: {p}',
      body: 'Bedankt voor je bericht. We hebben je verzoek ontvangen en een medewerker neemt contact op.\nJe toegangssleutel: {num}\nBekijk de status via {link}',
    },
  },
}

// Source: Cerb documentation, group/bucket auto-reply with the ticket mask in the subject.
export const CERB: Product = {
  family: 'helpdesk',
  product: 'Cerb',
  sender: 'own',
  texts: {
    en: {
      subject: '[#{num}] Re: {p}',
      body: "Thanks for getting in touch. We've received your message and will reply as soon as we can.\nYour reference is {num}; please keep it in the subject if you write again.",
    },
    de: {
      subject: '[#{num}] Re: {p}',
      body: 'Danke für Ihre Nachricht. Wir haben sie erhalten und antworten so bald wie möglich.\nIhre Referenz lautet {num}; bitte behalten Sie sie im Betreff.',
    },
    fr: {
      subject: '[#{num}] Re: {p}',
      body: 'Merci pour votre message. Nous l’avons bien reçu et vous répondrons au plus vite.\nVotre référence est {num} ; merci de la garder dans l’objet.',
    },
    es: {
      subject: '[#{num}] Re: {p}',
      body: 'Gracias por contactarnos. Hemos recibido tu mensaje y responderemos lo antes posible.\nTu referencia es {num}; mantenla en el asunto si vuelves a escribir.',
    },
    pt: {
      subject: '[#{num}] Re: {p}',
      body: 'Obrigado pelo seu contato. Recebemos sua mensagem e vamos responder assim que possível.\nSua referência é {num}; mantenha-a no assunto.',
    },
    it: {
      subject: '[#{num}] Re: {p}',
      body: 'Grazie per averci scritto. Abbiamo ricevuto il tuo messaggio e risponderemo appena possibile.\nIl tuo riferimento è {num}; tienilo nell’oggetto.',
    },
    nl: {
      subject: '[#{num}] Re: {p}',
      body: 'Bedankt voor je bericht. We hebben het ontvangen en reageren zo snel mogelijk.\nJe referentie is {num}; laat die in het onderwerp staan.',
    },
  },
}
