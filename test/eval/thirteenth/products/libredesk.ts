// Libredesk (open-source helpdesk): acknowledgement of a new conversation from the company's own
// support mailbox. source: reconstruction of a self-hosted instance's auto-acknowledgement
// ("We're on it" one-liner with the conversation reference); all languages written for this set.
import type { Product } from './types.ts'

export const libredesk: Product = {
  product: 'Libredesk',
  family: 'helpdesk',
  source: 'reconstruction (self-hosted auto-acknowledgement)',
  senders: ['own', 'own', 'esp', 'display'],
  mailbox: 'support',
  texts: {
    en: {
      subject: "We're on it: {subject} [#{id}]",
      body: "We're on it. Conversation #{id} is open and in our queue.\nReply to this email to add anything; please keep the reference in the subject.\n\n{company} Support",
    },
    de: {
      subject: 'Wir kümmern uns darum: {subject} [#{id}]',
      body: 'Wir kümmern uns darum. Vorgang #{id} ist eröffnet und in unserer Warteschlange.\nAntworten Sie einfach auf diese E-Mail, um etwas zu ergänzen; bitte lassen Sie die Nummer im Betreff stehen.\n\n{company} Kundenservice',
    },
    fr: {
      subject: "C'est noté : {subject} [#{id}]",
      body: "C'est noté. La conversation n°{id} est ouverte et dans notre file d'attente.\nRépondez à ce message pour ajouter des précisions, en gardant la référence dans l'objet.\n\nService client {company}",
    },
    es: {
      subject: 'Nos ponemos con ello: {subject} [#{id}]',
      body: 'Nos ponemos con ello. La conversación n.º {id} está abierta y en nuestra cola.\nResponde a este correo para añadir información; conserva la referencia en el asunto.\n\nAtención al cliente de {company}',
    },
    pt: {
      subject: 'Já estamos tratando: {subject} [#{id}]',
      body: 'Já estamos tratando. A conversa nº {id} está aberta e na nossa fila.\nResponda a este e-mail para acrescentar algo; mantenha a referência no assunto.\n\nSuporte {company}',
    },
    it: {
      subject: 'Ce ne stiamo occupando: {subject} [#{id}]',
      body: "Ce ne stiamo occupando. La conversazione n. {id} è aperta e nella nostra coda.\nRispondi a questa email per aggiungere dettagli, lasciando il riferimento nell'oggetto.\n\nAssistenza {company}",
    },
    nl: {
      subject: 'We zijn ermee bezig: {subject} [#{id}]',
      body: 'We zijn ermee bezig. Gesprek #{id} staat open in onze wachtrij.\nAntwoord op deze e-mail om iets toe te voegen; laat het kenmerk in het onderwerp staan.\n\nKlantenservice {company}',
    },
  },
}
