// ConnectWise PSA (Manage): the email connector's acknowledgement to the contact when a service
// ticket is created from a portal form or an email. Source: reconstruction of the documented
// "Ticket created" contact notification (Service Board email templates, ticket-number subject);
// the non-English texts are a site's own translations of that template.
import type { Product } from '../product.ts'

export const CONNECTWISE: Product = {
  product: 'ConnectWise PSA',
  family: 'helpdesk',
  source: 'ConnectWise PSA service board "ticket created" contact notification (reconstruction)',
  hosted: (c) => `${c.slug}@na.myconnectwise.net`,
  ownLocal: 'servicedesk',
  texts: {
    en: {
      subject: 'Ticket #{ticket}',
      body: 'Hello {name},\n\nService ticket #{ticket} has been entered for you by {company}.\nSummary: {subject}\n\nA technician will be assigned shortly. To add information, reply to this email and keep "Ticket #{ticket}" in the subject line.\n\n{company} Service Desk',
    },
    de: {
      subject: 'Ticket #{ticket}',
      body: 'Hallo {name},\n\nfür Sie wurde bei {company} das Serviceticket #{ticket} angelegt.\nZusammenfassung: {subject}\n\nEin Techniker wird in Kürze zugewiesen. Für Ergänzungen antworten Sie bitte auf diese E-Mail und lassen "Ticket #{ticket}" im Betreff stehen.\n\n{company} Service Desk',
    },
    fr: {
      subject: 'Ticket #{ticket}',
      body: "Bonjour {name},\n\nLe ticket de service n° {ticket} a été créé pour vous par {company}.\nRésumé : {subject}\n\nUn technicien va lui être affecté. Pour ajouter des informations, répondez à ce courriel en conservant « Ticket #{ticket} » dans l'objet.\n\nCentre de services {company}",
    },
    es: {
      subject: 'Ticket #{ticket}',
      body: 'Hola {name}:\n\n{company} ha registrado para usted el ticket de servicio #{ticket}.\nResumen: {subject}\n\nEn breve se asignará un técnico. Para añadir información, responda a este correo sin cambiar "Ticket #{ticket}" en el asunto.\n\nMesa de servicio de {company}',
    },
    pt: {
      subject: 'Ticket #{ticket}',
      body: 'Olá {name},\n\nO ticket de serviço #{ticket} foi registado para si pela {company}.\nResumo: {subject}\n\nUm técnico será atribuído em breve. Para acrescentar informação, responda a este e-mail mantendo "Ticket #{ticket}" no assunto.\n\nService Desk {company}',
    },
    it: {
      subject: 'Ticket #{ticket}',
      body: 'Gentile {name},\n\n{company} ha aperto per lei il ticket di assistenza #{ticket}.\nRiepilogo: {subject}\n\nA breve verrà assegnato un tecnico. Per aggiungere informazioni risponda a questa e-mail lasciando "Ticket #{ticket}" nell\'oggetto.\n\nService Desk {company}',
    },
    nl: {
      subject: 'Ticket #{ticket}',
      body: 'Beste {name},\n\nEr is bij {company} servicemelding #{ticket} voor u aangemaakt.\nSamenvatting: {subject}\n\nEr wordt zo snel mogelijk een technicus toegewezen. Wilt u iets toevoegen, beantwoord dan deze e-mail en laat "Ticket #{ticket}" in het onderwerp staan.\n\n{company} Servicedesk',
    },
  },
}
