// Enchant (enchant.com) shared-inbox helpdesk: automatic reply to a new conversation.
// source: reconstruction of Enchant's documented auto-reply (an inbox's "automatic replies"
// setting, answering on the thread as "Re: <subject>"); in es and it the company wrote it as an
// out-of-office-like notice of its opening hours; non-English texts written for this set.
// The hosted address <slug>@<…>.enchant.com is invented in the product's shape.
import type { Product } from './types.ts'

const quoted = '\n\n> {subject}\n\n'

export const enchant: Product = {
  product: 'Enchant',
  family: 'helpdesk',
  source: 'reconstruction (automatic reply on the thread)',
  senders: ['hosted', 'own', 'display'],
  mailbox: 'help',
  hosted: (c) => `help@${c.slug}.enchant.com`,
  texts: {
    en: {
      subject: 'Re: {subject}',
      body: `Hi {name},\n\nThanks for reaching out to {company}! This is a quick automatic note to say your message arrived safely in our inbox. One of us will reply personally, usually within one business day.\n\nYou wrote:${quoted}Cheers,\nThe {company} team\n\n--\nSent with Enchant`,
    },
    de: {
      subject: 'Re: {subject}',
      body: `Hallo {name},\n\ndanke, dass du dich bei {company} meldest! Nur ein kurzer automatischer Hinweis: Deine Nachricht ist gut bei uns angekommen. Jemand aus dem Team antwortet dir persönlich, meist innerhalb eines Werktags.\n\nDeine Nachricht:${quoted}Viele Grüße\nDein {company}-Team\n\n--\nGesendet mit Enchant`,
    },
    fr: {
      subject: 'Re: {subject}',
      body: `Bonjour {name},\n\nMerci d'avoir contacté {company} ! Ce petit message automatique vous confirme que votre message est bien arrivé. Un membre de l'équipe vous répondra personnellement, en général sous un jour ouvré.\n\nVotre message :${quoted}À bientôt,\nL'équipe {company}\n\n--\nEnvoyé avec Enchant`,
    },
    es: {
      subject: 'Respuesta automática: {subject}',
      body: 'Gracias por tu correo. Nuestro equipo de {company} atiende de lunes a viernes, de 9:00 a 18:00. Hemos recibido tu mensaje y te responderemos en cuanto volvamos a estar disponibles.\n\nSi es urgente, consulta nuestro centro de ayuda.\n\n--\nEnviado con Enchant',
    },
    pt: {
      subject: 'Re: {subject}',
      body: `Olá {name},\n\nObrigado por entrar em contato com a {company}! Esta é uma nota automática para avisar que sua mensagem chegou. Alguém da equipe vai responder pessoalmente, geralmente em até um dia útil.\n\nSua mensagem:${quoted}Abraços,\nEquipe {company}\n\n--\nEnviado com Enchant`,
    },
    it: {
      subject: 'Risposta automatica: {subject}',
      body: 'Grazie per la tua email. Il team di {company} risponde dal lunedì al venerdì, dalle 9:00 alle 18:00. Abbiamo ricevuto il tuo messaggio e ti risponderemo appena possibile.\n\nPer urgenze consulta il nostro centro assistenza.\n\n--\nInviato con Enchant',
    },
    nl: {
      subject: 'Re: {subject}',
      body: `Hoi {name},\n\nBedankt voor je bericht aan {company}! Dit is een kort automatisch berichtje: je bericht is goed aangekomen. Iemand van het team antwoordt je persoonlijk, meestal binnen één werkdag.\n\nJe schreef:${quoted}Groetjes,\nTeam {company}\n\n--\nVerzonden met Enchant`,
    },
  },
}
