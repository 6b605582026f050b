// Zendesk Support: the default trigger "Notify requester and CCs of received request" and its
// localised dynamic content as Zendesk accounts in each language show it (Zendesk help centre,
// "About the standard triggers"), plus the newer "Request received" subject. Hosted on
// <account>.zendesk.com, or relayed from the company's own support address.
import type { Product } from '../types.ts'

const footer = '##- Please type your reply above this line -##'

export const zendesk: Product = {
  family: 'helpdesk',
  product: 'Zendesk',
  source: 'Zendesk help centre: standard trigger "Notify requester of received request"',
  senders: [
    { shape: 'hosted', host: 'zendesk.com', local: 'support', name: '{company}' },
    { shape: 'hosted', host: 'zendesk.com', local: 'support', name: '{company} Support' },
    { shape: 'own', local: 'support', name: '{company}' },
    { shape: 'display', name: '{company} Support' },
  ],
  id: (n) => String(10_000 + (n % 890_000)),
  texts: {
    en: [
      {
        subject: '[{company}] Re: {payload}',
        body: `${footer}\n\nYour request ({id}) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n{name}\n\n{payload}\n\nThis email is a service from {company}.`,
      },
      {
        subject: 'Request received: {payload}',
        body: `${footer}\n\nThanks for reaching out. We've received your request ({id}) and a member of our team will reply as soon as possible.\n\nThis email is a service from {company}.`,
      },
    ],
    de: [
      {
        subject: '[{company}] Re: {payload}',
        body: '##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##\n\nIhre Anfrage ({id}) ist eingegangen und wird von unseren Supportmitarbeitern geprüft.\n\nWenn Sie weitere Kommentare hinzufügen möchten, antworten Sie auf diese E-Mail.\n\nDiese E-Mail ist ein Service von {company}.',
      },
    ],
    fr: [
      {
        subject: '[{company}] Re : {payload}',
        body: '##- Veuillez saisir votre réponse au-dessus de cette ligne -##\n\nVotre demande ({id}) a été reçue et est en cours d’examen par notre équipe d’assistance.\n\nPour ajouter des commentaires, répondez à cet e-mail.\n\nCet e-mail provient de {company}.',
      },
    ],
    es: [
      {
        subject: '[{company}] Re: {payload}',
        body: '##- Escriba su respuesta encima de esta línea -##\n\nSu solicitud ({id}) ha sido recibida y está siendo revisada por nuestro personal de soporte.\n\nPara añadir comentarios adicionales, responda a este correo electrónico.\n\nEste correo electrónico es un servicio de {company}.',
      },
    ],
    pt: [
      {
        subject: '[{company}] Re: {payload}',
        body: '##- Digite sua resposta acima desta linha -##\n\nSua solicitação ({id}) foi recebida e está sendo analisada pela nossa equipe de suporte.\n\nPara adicionar comentários, responda a este e-mail.\n\nEste e-mail é um serviço de {company}.',
      },
    ],
    it: [
      {
        subject: '[{company}] Re: {payload}',
        body: '##- Digitare la risposta sopra questa riga -##\n\nLa tua richiesta ({id}) è stata ricevuta ed è in fase di revisione da parte del nostro staff di assistenza.\n\nPer aggiungere altri commenti, rispondi a questa email.\n\nQuesta email è un servizio di {company}.',
      },
    ],
    nl: [
      {
        subject: '[{company}] Re: {payload}',
        body: '##- Typ uw antwoord boven deze regel -##\n\nUw aanvraag ({id}) is ontvangen en wordt beoordeeld door onze ondersteuningsmedewerkers.\n\nAls u nog opmerkingen wilt toevoegen, beantwoordt u deze e-mail.\n\nDeze e-mail is een service van {company}.',
      },
    ],
  },
}
