// Helpwise (shared inbox): the mailbox auto-reply on new conversations, sent from the mailbox's
// forwarding address at helpwise.io or the team's own domain, as a reply to the incoming
// subject. Source: Helpwise help "Auto-reply / auto-responder rules" (default text "Thank you
// for contacting us. This is an automated response confirming the receipt of your ticket…").
// Translations: reconstruction; de Sie, es usted, pt pt-BR, it Lei.
import type { Product } from '../../product.ts'

export const HELPWISE: Product = {
  product: 'Helpwise',
  family: 'helpdesk',
  source:
    'Helpwise auto-reply "This is an automated response confirming the receipt of your ticket"',
  echo: 'subject',
  hosted: (c) => `${c.name} <${c.slug}@helpwise.io>`,
  locals: ['support', 'contact', 'service'],
  subdomains: ['', 'mail.'],
  texts: {
    en: (f) => ({
      subject: `Re: ${f.field}`,
      body: `Thank you for contacting us. This is an automated response confirming the receipt of your ticket. One of our agents will get back to you as soon as possible.\n\nFor your records, the details of the ticket are listed below.\nTicket ID: ${f.ref}\nSubject: ${f.field}\n\n${f.company}`,
    }),
    de: (f) => ({
      subject: `AW: ${f.field}`,
      body: `Vielen Dank für Ihre Kontaktaufnahme. Dies ist eine automatische Antwort, die den Eingang Ihres Tickets bestätigt. Ein Mitarbeiter meldet sich so schnell wie möglich bei Ihnen.\n\nZu Ihrer Information die Ticketdaten:\nTicket-ID: ${f.ref}\nBetreff: ${f.field}\n\n${f.company}`,
    }),
    fr: (f) => ({
      subject: `RE : ${f.field}`,
      body: `Merci de nous avoir contactés. Ceci est une réponse automatique confirmant la réception de votre ticket. Un de nos agents vous répondra dès que possible.\n\nPour mémoire, voici les détails du ticket :\nN° de ticket : ${f.ref}\nObjet : ${f.field}\n\n${f.company}`,
    }),
    es: (f) => ({
      subject: `RE: ${f.field}`,
      body: `Gracias por ponerse en contacto con nosotros. Esta es una respuesta automática que confirma la recepción de su ticket. Uno de nuestros agentes le responderá lo antes posible.\n\nPara su referencia, estos son los datos del ticket:\nID del ticket: ${f.ref}\nAsunto: ${f.field}\n\n${f.company}`,
    }),
    pt: (f) => ({
      subject: `RES: ${f.field}`,
      body: `Obrigado por entrar em contato. Esta é uma resposta automática confirmando o recebimento do seu chamado. Um de nossos atendentes retornará o mais breve possível.\n\nPara seu controle, seguem os dados do chamado:\nID do chamado: ${f.ref}\nAssunto: ${f.field}\n\n${f.company}`,
    }),
    it: (f) => ({
      subject: `R: ${f.field}`,
      body: `Grazie per averci contattato. Questa è una risposta automatica che conferma la ricezione del suo ticket. Uno dei nostri operatori le risponderà il prima possibile.\n\nPer sua comodità, ecco i dettagli del ticket:\nID ticket: ${f.ref}\nOggetto: ${f.field}\n\n${f.company}`,
    }),
    nl: (f) => ({
      subject: `Antw: ${f.field}`,
      body: `Bedankt voor uw bericht. Dit is een automatisch antwoord ter bevestiging dat we uw ticket hebben ontvangen. Een van onze medewerkers neemt zo snel mogelijk contact met u op.\n\nTer referentie de gegevens van het ticket:\nTicket-ID: ${f.ref}\nOnderwerp: ${f.field}\n\n${f.company}`,
    }),
  },
}
