// HubSpot Service Hub: the ticket confirmation sent when a visitor submits the support form that
// creates a ticket (help desk "ticket confirmation email").
// source: HubSpot Knowledge Base, "Send a confirmation email when a ticket is created" (default
// wording reconstructed); HubSpot localises the default into the account's language.
import type { Product } from './product.ts'

export const HUBSPOT_SERVICE: Product = {
  product: 'HubSpot Service Hub',
  family: 'helpdesk',
  source: 'HubSpot KB "Send a confirmation email when a ticket is created" (reconstruction)',
  locals: ['support', 'service', 'customers'],
  subdomains: ['', 'info.', 'support.'],
  hosted: (c) => `${c.slug}@help.hs-inbox.com`,
  channel: 'email',
  ticket: '#########',
  texts: {
    en: [
      {
        subject: 'We’ve received your ticket: {title}',
        body: 'Hi {name},\n\nThanks for getting in touch with {company}. This email confirms that we’ve received your ticket.\n\nTicket ID: {ticket}\nSubject: {title}\n\nA member of our team will reach out to you soon.\n\nBest,\n{company} Support',
      },
    ],
    de: [
      {
        subject: 'Wir haben Ihr Ticket erhalten: {title}',
        body: 'Hallo {name},\n\nvielen Dank für Ihre Anfrage bei {company}. Mit dieser E-Mail bestätigen wir den Eingang Ihres Tickets.\n\nTicket-ID: {ticket}\nBetreff: {title}\n\nEin Mitglied unseres Teams wird sich in Kürze bei Ihnen melden.\n\nViele Grüße\nIhr {company} Support',
      },
    ],
    fr: [
      {
        subject: 'Nous avons reçu votre ticket : {title}',
        body: 'Bonjour {name},\n\nMerci d’avoir contacté {company}. Cet e-mail confirme la bonne réception de votre ticket.\n\nID du ticket : {ticket}\nObjet : {title}\n\nUn membre de notre équipe reviendra vers vous prochainement.\n\nCordialement,\nLe support {company}',
      },
    ],
    es: [
      {
        subject: 'Hemos recibido tu ticket: {title}',
        body: 'Hola, {name}:\n\nGracias por ponerte en contacto con {company}. Este correo confirma que hemos recibido tu ticket.\n\nID del ticket: {ticket}\nAsunto: {title}\n\nUn miembro de nuestro equipo se pondrá en contacto contigo pronto.\n\nSaludos,\nSoporte de {company}',
      },
    ],
    pt: [
      {
        subject: 'Recebemos seu ticket: {title}',
        body: 'Olá, {name},\n\nObrigado por entrar em contato com a {company}. Este e-mail confirma que recebemos seu ticket.\n\nID do ticket: {ticket}\nAssunto: {title}\n\nUm membro da nossa equipe entrará em contato em breve.\n\nAtenciosamente,\nSuporte {company}',
      },
    ],
    it: [
      {
        subject: 'Abbiamo ricevuto il tuo ticket: {title}',
        body: 'Ciao {name},\n\ngrazie per aver contattato {company}. Questa email conferma che abbiamo ricevuto il tuo ticket.\n\nID ticket: {ticket}\nOggetto: {title}\n\nUn membro del nostro team ti contatterà a breve.\n\nCordiali saluti,\nIl supporto di {company}',
      },
    ],
    nl: [
      {
        subject: 'We hebben je ticket ontvangen: {title}',
        body: 'Hallo {name},\n\nBedankt dat je contact opneemt met {company}. Met deze e-mail bevestigen we dat we je ticket hebben ontvangen.\n\nTicket-ID: {ticket}\nOnderwerp: {title}\n\nEen van onze teamleden neemt binnenkort contact met je op.\n\nMet vriendelijke groet,\n{company} Support',
      },
    ],
  },
}
