// Enchant (enchant.com) shared-inbox helpdesk: automatic reply to a new conversation.
// source: reconstruction of Enchant's documented auto-reply (an inbox's "automatic replies"
// setting, answering on the thread as "Re: <subject>"); non-English texts written for this set.
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
      subject: 'Re: {subject}',
      body: `Hola {name}:\n\n¡Gracias por escribir a {company}! Esta es una nota automática para avisarte de que tu mensaje llegó bien a nuestra bandeja. Alguien del equipo te responderá personalmente, normalmente en un día laborable.\n\nTu mensaje:${quoted}Un saludo,\nEl equipo de {company}\n\n--\nEnviado con Enchant`,
    },
    pt: {
      subject: 'Re: {subject}',
      body: `Olá {name},\n\nObrigado por entrar em contato com a {company}! Esta é uma nota automática para avisar que sua mensagem chegou. Alguém da equipe vai responder pessoalmente, geralmente em até um dia útil.\n\nSua mensagem:${quoted}Abraços,\nEquipe {company}\n\n--\nEnviado com Enchant`,
    },
    it: {
      subject: 'Re: {subject}',
      body: `Ciao {name},\n\ngrazie per aver scritto a {company}! Questa è una breve nota automatica: il tuo messaggio è arrivato. Una persona del team ti risponderà, di solito entro un giorno lavorativo.\n\nHai scritto:${quoted}A presto,\nIl team di {company}\n\n--\nInviato con Enchant`,
    },
    nl: {
      subject: 'Re: {subject}',
      body: `Hoi {name},\n\nBedankt voor je bericht aan {company}! Dit is een kort automatisch berichtje: je bericht is goed aangekomen. Iemand van het team antwoordt je persoonlijk, meestal binnen één werkdag.\n\nJe schreef:${quoted}Groetjes,\nTeam {company}\n\n--\nVerzonden met Enchant`,
    },
  },
}
