// ManageEngine ServiceDesk Plus: the notification "Acknowledge the request ID to the requester"
// sent when a request is logged from the self-service portal or by mail (##id## in the subject).
// source: ManageEngine ServiceDesk Plus help, Notification Rules > Requests > "Acknowledge the
// request ID to the requester" (default template, reconstructed); localised per the installation.
import type { Product } from './product.ts'

export const SERVICEDESK_PLUS: Product = {
  product: 'ManageEngine ServiceDesk Plus',
  family: 'helpdesk',
  source: 'ServiceDesk Plus notification rule "Acknowledge the request ID to the requester"',
  locals: ['servicedesk', 'helpdesk', 'it-support'],
  subdomains: ['', 'sdp.', 'servicedesk.'],
  hosted: (c) => `${c.slug}@sdpondemand.manageengine.eu`,
  channel: 'email',
  ticket: '#####',
  texts: {
    en: [
      {
        subject: '[Request ID :##{ticket}##] : {title}',
        body: 'Dear {name},\n\nThis is an acknowledgement mail for your request. Your request has been logged with request ID ##{ticket}## and subject "{title}".\n\nWe will get back to you shortly. To view the status, visit {link}\n\nRegards,\nService Desk Team',
      },
    ],
    de: [
      {
        subject: '[Anfrage-ID :##{ticket}##] : {title}',
        body: 'Hallo {name},\n\ndies ist eine Eingangsbestätigung für Ihre Anfrage. Sie wurde unter der Anfrage-ID ##{ticket}## mit dem Betreff „{title}“ erfasst.\n\nWir melden uns in Kürze. Den Status finden Sie unter {link}\n\nMit freundlichen Grüßen\nIhr Service-Desk-Team',
      },
    ],
    fr: [
      {
        subject: '[ID de la demande :##{ticket}##] : {title}',
        body: 'Bonjour {name},\n\nCeci est un accusé de réception de votre demande, enregistrée sous l’ID ##{ticket}## avec l’objet « {title} ».\n\nNous reviendrons vers vous rapidement. Suivi : {link}\n\nCordialement,\nL’équipe Service Desk',
      },
    ],
    es: [
      {
        subject: '[ID de solicitud :##{ticket}##] : {title}',
        body: 'Estimado/a {name}:\n\nLe confirmamos la recepción de su solicitud, registrada con el ID ##{ticket}## y el asunto «{title}».\n\nLe responderemos en breve. Puede consultar el estado en {link}\n\nSaludos,\nEquipo de Service Desk',
      },
    ],
    pt: [
      {
        subject: '[ID da solicitação :##{ticket}##] : {title}',
        body: 'Prezado(a) {name},\n\nConfirmamos o recebimento da sua solicitação, registrada com o ID ##{ticket}## e o assunto "{title}".\n\nRetornaremos em breve. Acompanhe o status em {link}\n\nAtenciosamente,\nEquipe de Service Desk',
      },
    ],
    it: [
      {
        subject: '[ID richiesta :##{ticket}##] : {title}',
        body: 'Gentile {name},\n\nle confermiamo la ricezione della sua richiesta, registrata con ID ##{ticket}## e oggetto "{title}".\n\nLa ricontatteremo a breve. Stato della richiesta: {link}\n\nCordiali saluti,\nTeam Service Desk',
      },
    ],
    nl: [
      {
        subject: '[Verzoek-ID :##{ticket}##] : {title}',
        body: 'Beste {name},\n\nHierbij bevestigen we de ontvangst van uw verzoek. Het is geregistreerd onder verzoek-ID ##{ticket}## met onderwerp "{title}".\n\nWe nemen spoedig contact met u op. De status ziet u via {link}\n\nMet vriendelijke groet,\nService Desk-team',
      },
    ],
  },
}
