// 5. Replies on a ticket the person opened: the person's own mail to the company is in the sent
// folder days earlier (sent.ts); the reply quotes the ticket number.
import type { LookClass } from './types.ts'

export const TICKET_REPLY: LookClass = {
  name: 'ticket-reply',
  label: 'ham',
  sender: 'support',
  brands: ['{Stem}', '{Stem} Home', '{Stem} Electronics'],
  locals: ['support', 'help', 'service'],
  answers: 'ticket',
  texts: {
    en: [
      [
        'Re: [#{ticket}] {subject}',
        "Hi {name},\n\nThanks for your patience. I've checked your order and the refund of {amount} was issued today; it should appear on your statement within 3-5 working days.\n\nIf there is anything else, just reply to this email.\n\nBest,\n{sender}\n{brand} Support\n\nTicket #{ticket}",
      ],
      [
        '[{brand}] Update on request {ticket}',
        'Hello {name},\n\n{sender} replied to your request "{subject}":\n\nWe\'ve arranged a replacement; the courier will pick up the faulty unit on {date}.\n\nReply above this line to add a comment.',
      ],
      [
        'Your request {ticket} has been solved',
        'Hi {name}, we\'ve marked your request "{subject}" as solved. If this doesn\'t fix it, reply and the ticket reopens. – {sender}, {brand}',
      ],
    ],
    de: [
      [
        'AW: [Ticket#{ticket}] {subject}',
        'Hallo {name},\n\nvielen Dank für Ihre Geduld. Die Gutschrift über {amount} wurde heute veranlasst und sollte in 3–5 Werktagen auf Ihrem Konto sein.\n\nViele Grüße\n{sender}\n{brand} Kundenservice',
      ],
      [
        'Ihre Anfrage {ticket}: neue Antwort',
        '{sender} hat auf Ihre Anfrage „{subject}“ geantwortet:\n\nDer Techniker kommt am {date} zwischen 8 und 12 Uhr.\n\nBitte antworten Sie oberhalb dieser Zeile.',
      ],
      [
        'Anfrage #{ticket} gelöst',
        'Hallo {name}, wir haben „{subject}“ als gelöst markiert. Falls nicht, antworten Sie einfach – das Ticket wird dann wieder geöffnet. {sender}',
      ],
    ],
    fr: [
      [
        'RE: [#{ticket}] {subject}',
        "Bonjour {name},\n\nMerci pour votre patience. Le remboursement de {amount} a été effectué aujourd'hui ; il apparaîtra sur votre compte sous 3 à 5 jours ouvrés.\n\nBien cordialement,\n{sender}\nService client {brand}",
      ],
      [
        'Mise à jour de votre demande {ticket}',
        '{sender} a répondu à votre demande « {subject} » :\n\nUn technicien passera le {date} entre 8 h et 12 h.\n\nRépondez au-dessus de cette ligne.',
      ],
      [
        'Demande {ticket} résolue',
        'Bonjour {name}, nous avons clôturé « {subject} ». Si le problème persiste, répondez à ce message et le ticket sera rouvert. {sender}',
      ],
    ],
    es: [
      [
        'RE: [#{ticket}] {subject}',
        'Hola {name}:\n\nGracias por tu paciencia. Hemos emitido hoy el reembolso de {amount}; lo verás en tu cuenta en 3-5 días laborables.\n\nUn saludo,\n{sender}\nSoporte de {brand}',
      ],
      [
        'Novedades de tu solicitud {ticket}',
        '{sender} ha respondido a «{subject}»:\n\nEl técnico pasará el {date} por la mañana.\n\nResponde por encima de esta línea.',
      ],
      [
        'Solicitud {ticket} resuelta',
        'Hola {name}, hemos marcado «{subject}» como resuelta. Si no es así, responde y se reabrirá. {sender}',
      ],
    ],
    pt: [
      [
        'RE: [#{ticket}] {subject}',
        'Olá {name},\n\nObrigado pela paciência. O reembolso de {amount} foi emitido hoje e deverá aparecer na sua conta em 3 a 5 dias úteis.\n\nCumprimentos,\n{sender}\nApoio {brand}',
      ],
      [
        'Atualização do pedido {ticket}',
        '{sender} respondeu ao seu pedido "{subject}":\n\nO técnico passará no dia {date} de manhã.\n\nResponda acima desta linha.',
      ],
      [
        'Pedido {ticket} resolvido',
        'Olá {name}, marcámos "{subject}" como resolvido. Se não for o caso, responda e o pedido será reaberto. {sender}',
      ],
    ],
    it: [
      [
        'R: [#{ticket}] {subject}',
        'Ciao {name},\n\ngrazie per la pazienza. Il rimborso di {amount} è stato disposto oggi e sarà visibile sul conto entro 3-5 giorni lavorativi.\n\nUn saluto,\n{sender}\nAssistenza {brand}',
      ],
      [
        'Aggiornamento sulla richiesta {ticket}',
        '{sender} ha risposto alla richiesta "{subject}":\n\nIl tecnico passerà il {date} in mattinata.\n\nRispondi sopra questa riga.',
      ],
      [
        'Richiesta {ticket} risolta',
        'Ciao {name}, abbiamo chiuso "{subject}". Se il problema persiste, rispondi e la richiesta verrà riaperta. {sender}',
      ],
    ],
    nl: [
      [
        'Re: [#{ticket}] {subject}',
        'Hoi {name},\n\nBedankt voor je geduld. De terugbetaling van {amount} is vandaag verwerkt en staat binnen 3-5 werkdagen op je rekening.\n\nGroet,\n{sender}\nKlantenservice {brand}',
      ],
      [
        'Update over je verzoek {ticket}',
        '{sender} heeft gereageerd op "{subject}":\n\nDe monteur komt op {date} in de ochtend.\n\nReageer boven deze regel.',
      ],
      [
        'Verzoek {ticket} opgelost',
        'Hoi {name}, we hebben "{subject}" als opgelost gemarkeerd. Klopt dat niet? Reageer dan en het ticket gaat weer open. {sender}',
      ],
    ],
  },
}
