// Helpy (open-source helpdesk): the customer's confirmation when a ticket is opened by email or
// web form, HTML-ish plain text with a reply line on top and a "powered by" footer; the subject
// names only the ticket number. Reconstruction of the structure of Helpy's ticket mails, not a
// known default text; Helpy ships several locales, these translations are written for this set.
import type { Product } from '../product.ts'

const footer = (company: string) =>
  `\n\n-----------------------------\n${company} | Help Center\nPowered by Helpy`

export const HELPY: Product = {
  product: 'Helpy',
  family: 'helpdesk',
  source: 'reconstruction: Helpy ticket-opened customer confirmation',
  hosted: (c) => `${c.name} <support@${c.slug}.helpy.io>`,
  texts: {
    en: (m) => ({
      subject: `Ticket #${m.ticket}`,
      body: `## Please reply above this line ##\n\nHi ${m.name},\n\nThanks for reaching out! This is a quick note to let you know we've received your message and opened ticket #${m.ticket}:\n\n> ${m.topic}\n\nA member of our team will follow up shortly.${footer(m.company.name)}`,
    }),
    de: (m) => ({
      subject: `Ticket Nr. ${m.ticket}`,
      body: `## Bitte oberhalb dieser Zeile antworten ##\n\nHallo ${m.name},\n\ndanke für Ihre Nachricht! Wir haben sie erhalten und das Ticket Nr. ${m.ticket} eröffnet:\n\n> ${m.topic}\n\nEin Mitglied unseres Teams meldet sich in Kürze.${footer(m.company.name)}`,
    }),
    fr: (m) => ({
      subject: `Ticket n° ${m.ticket}`,
      body: `## Merci de répondre au-dessus de cette ligne ##\n\nBonjour ${m.name},\n\nMerci pour votre message ! Nous l'avons bien reçu et avons ouvert le ticket n° ${m.ticket} :\n\n> ${m.topic}\n\nUn membre de notre équipe reviendra vers vous rapidement.${footer(m.company.name)}`,
    }),
    es: (m) => ({
      subject: `Ticket n.º ${m.ticket}`,
      body: `## Por favor, responde encima de esta línea ##\n\nHola ${m.name}:\n\n¡Gracias por escribirnos! Te confirmamos que hemos recibido tu mensaje y abierto el ticket n.º ${m.ticket}:\n\n> ${m.topic}\n\nAlguien de nuestro equipo te contestará en breve.${footer(m.company.name)}`,
    }),
    pt: (m) => ({
      subject: `Ticket nº ${m.ticket}`,
      body: `## Responda acima desta linha ##\n\nOlá ${m.name},\n\nObrigado pelo contato! Recebemos sua mensagem e abrimos o ticket nº ${m.ticket}:\n\n> ${m.topic}\n\nAlguém da nossa equipe responderá em breve.${footer(m.company.name)}`,
    }),
    it: (m) => ({
      subject: `Ticket n. ${m.ticket}`,
      body: `## Rispondi sopra questa riga ##\n\nCiao ${m.name},\n\ngrazie per averci scritto! Abbiamo ricevuto il tuo messaggio e aperto il ticket n. ${m.ticket}:\n\n> ${m.topic}\n\nUn membro del nostro team ti risponderà a breve.${footer(m.company.name)}`,
    }),
    nl: (m) => ({
      subject: `Ticket #${m.ticket}`,
      body: `## Graag boven deze regel antwoorden ##\n\nHoi ${m.name},\n\nBedankt voor je bericht! We hebben het ontvangen en ticket #${m.ticket} geopend:\n\n> ${m.topic}\n\nEen van onze medewerkers neemt snel contact met je op.${footer(m.company.name)}`,
    }),
  },
}
