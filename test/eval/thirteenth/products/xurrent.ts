// Xurrent (formerly 4me) service management: "request registered" notification to the requester
// from the service desk's hosted address. The subject is only the request number; in pt, it and
// nl the account keeps the English default subject while the body is translated.
// source: reconstruction of the requester notification of a new request (request number,
// subject, status); the hosted address <slug>.xurrent.com is invented in the product's shape.
import type { Product } from './types.ts'

const field = (label: string, value: string) => `${label}: ${value}`

export const xurrent: Product = {
  product: 'Xurrent',
  family: 'helpdesk',
  source: 'reconstruction (requester notification: request registered)',
  senders: ['hosted', 'hosted', 'display'],
  mailbox: 'servicedesk',
  hosted: (c) => `servicedesk@${c.slug}.xurrent.com`,
  display: (c) => `${c.name} Service Desk`,
  texts: {
    en: {
      subject: 'Request #{id}',
      body: `Your request has been registered.\n\n${field('Subject', '{subject}')}\n${field('Requested by', '{name}')}\n${field('Status', 'Assigned')}\n\nThe {company} service desk will keep you informed. View the request: {link}`,
    },
    de: {
      subject: 'Anfrage #{id}',
      body: `Ihre Anfrage wurde registriert.\n\n${field('Betreff', '{subject}')}\n${field('Angefragt von', '{name}')}\n${field('Status', 'Zugewiesen')}\n\nDer Service Desk von {company} hält Sie auf dem Laufenden. Anfrage ansehen: {link}`,
    },
    fr: {
      subject: 'Demande #{id}',
      body: `Votre demande a été enregistrée.\n\n${field('Objet', '{subject}')}\n${field('Demandée par', '{name}')}\n${field('Statut', 'Affectée')}\n\nLe centre de services de {company} vous tiendra informé. Voir la demande : {link}`,
    },
    es: {
      subject: 'Solicitud #{id}',
      body: `Su solicitud ha sido registrada.\n\n${field('Asunto', '{subject}')}\n${field('Solicitada por', '{name}')}\n${field('Estado', 'Asignada')}\n\nEl service desk de {company} le mantendrá informado. Ver la solicitud: {link}`,
    },
    pt: {
      subject: 'Request #{id} registered',
      body: `A sua solicitação foi registrada.\n\n${field('Assunto', '{subject}')}\n${field('Solicitada por', '{name}')}\n${field('Status', 'Atribuída')}\n\nA central de serviços da {company} manterá você informado. Ver a solicitação: {link}`,
    },
    it: {
      subject: 'Request #{id} registered',
      body: `La tua richiesta è stata registrata.\n\n${field('Oggetto', '{subject}')}\n${field('Richiesta da', '{name}')}\n${field('Stato', 'Assegnata')}\n\nIl service desk di {company} ti terrà aggiornato. Vedi la richiesta: {link}`,
    },
    nl: {
      subject: 'Request #{id} registered',
      body: `Uw verzoek is geregistreerd.\n\n${field('Onderwerp', '{subject}')}\n${field('Aangevraagd door', '{name}')}\n${field('Status', 'Toegewezen')}\n\nDe servicedesk van {company} houdt u op de hoogte. Verzoek bekijken: {link}`,
    },
  },
}
