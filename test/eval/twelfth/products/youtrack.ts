// YouTrack Helpdesk: the reporter's notification when a ticket is created from an email or an
// online form in a helpdesk project ("[<ID>] <summary>", a thank-you and the ticket ID, a line on
// replying). Reconstruction from JetBrains' helpdesk documentation, not a known default text; the
// other languages are a site's own translation written for this set.
import type { Product } from '../product.ts'

const id = (n: number) => `SUP-${n % 9000}`

export const YOUTRACK: Product = {
  product: 'YouTrack Helpdesk',
  family: 'helpdesk',
  source: 'reconstruction: YouTrack helpdesk reporter notification on ticket creation',
  hosted: (c) => `${c.name} Support <support@${c.slug}.youtrack.cloud>`,
  texts: {
    en: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Hello ${m.name},\n\nThank you for contacting ${m.company.name}. We have received your request and created ticket ${id(m.ticket)}. Our support team will get back to you as soon as possible.\n\nYou can reply to this email to add details to your ticket.\n\n${m.company.name} Support`,
    }),
    de: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Hallo ${m.name},\n\nvielen Dank, dass Sie sich an ${m.company.name} gewandt haben. Wir haben Ihre Anfrage erhalten und das Ticket ${id(m.ticket)} angelegt. Unser Support-Team meldet sich so bald wie möglich bei Ihnen.\n\nSie können auf diese E-Mail antworten, um Ihrem Ticket weitere Angaben hinzuzufügen.`,
    }),
    fr: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Bonjour ${m.name},\n\nMerci d'avoir contacté ${m.company.name}. Nous avons bien reçu votre demande et créé le ticket ${id(m.ticket)}. Notre équipe d'assistance vous répondra dans les meilleurs délais.\n\nVous pouvez répondre à cet e-mail pour compléter votre ticket.`,
    }),
    es: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Hola ${m.name}:\n\nGracias por ponerte en contacto con ${m.company.name}. Hemos recibido tu solicitud y hemos creado el ticket ${id(m.ticket)}. Nuestro equipo de soporte te responderá lo antes posible.\n\nPuedes responder a este correo para añadir información a tu ticket.`,
    }),
    pt: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Olá ${m.name},\n\nObrigado por entrar em contato com a ${m.company.name}. Recebemos sua solicitação e criamos o ticket ${id(m.ticket)}. Nossa equipe de suporte retornará o mais breve possível.\n\nVocê pode responder a este e-mail para acrescentar detalhes ao seu ticket.`,
    }),
    it: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Ciao ${m.name},\n\ngrazie per aver contattato ${m.company.name}. Abbiamo ricevuto la tua richiesta e aperto il ticket ${id(m.ticket)}. Il nostro team di assistenza ti risponderà il prima possibile.\n\nPuoi rispondere a questa email per aggiungere dettagli al ticket.`,
    }),
    nl: (m) => ({
      subject: `[${id(m.ticket)}] ${m.topic}`,
      body: `Hallo ${m.name},\n\nBedankt voor je bericht aan ${m.company.name}. We hebben je verzoek ontvangen en ticket ${id(m.ticket)} aangemaakt. Ons supportteam neemt zo snel mogelijk contact met je op.\n\nJe kunt op deze e-mail reageren om informatie aan je ticket toe te voegen.`,
    }),
  },
}
