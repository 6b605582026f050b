// Groups.io: the confirmation sent when an address is added to a group through its web page.
// source: reconstruction from Groups.io's help pages on joining a group (confirmation link,
// "+owner" addresses); Groups.io's own text is English, the others are reconstructions of a
// group owner's translated welcome.
import type { Product } from '../product.ts'

export const GROUPS_IO: Product = {
  product: 'Groups.io',
  family: 'subscription',
  source: 'reconstruction of the join-confirmation mail (Groups.io help)',
  echo: 'none',
  own: ['{co} <{list}+owner@lists.{domain}>'],
  hosted: (c) => `${c.slug}+owner@groups.io`,
  texts: {
    en: {
      subject: '[{list}] Please confirm your membership',
      body: 'Hello,\n\nWe received a request to add {email} to the {co} group ({list}@groups.io). To confirm that you want to join, click here:\n{url}\n\nIf you did not ask to join, you can ignore this message and you will not be subscribed.',
    },
    de: {
      subject: '[{list}] Bitte bestätigen Sie Ihre Mitgliedschaft',
      body: 'Hallo,\n\nwir haben eine Anfrage erhalten, {email} in die Gruppe {co} ({list}@groups.io) aufzunehmen. Um den Beitritt zu bestätigen, klicken Sie hier:\n{url}\n\nWenn Sie nicht beitreten wollten, ignorieren Sie diese Nachricht; Sie werden nicht eingetragen.',
    },
    fr: {
      subject: '[{list}] Merci de confirmer votre adhésion',
      body: "Bonjour,\n\nNous avons reçu une demande d'ajout de {email} au groupe {co} ({list}@groups.io). Pour confirmer votre adhésion, cliquez ici :\n{url}\n\nSi vous n'avez rien demandé, ignorez ce message : vous ne serez pas inscrit.",
    },
    es: {
      subject: '[{list}] Confirma tu suscripción al grupo',
      body: 'Hola:\n\nHemos recibido una solicitud para añadir {email} al grupo {co} ({list}@groups.io). Para confirmar que quieres unirte, haz clic aquí:\n{url}\n\nSi no lo has pedido, ignora este mensaje y no quedarás suscrito.',
    },
    pt: {
      subject: '[{list}] Confirme a sua adesão',
      body: 'Olá,\n\nRecebemos um pedido para adicionar {email} ao grupo {co} ({list}@groups.io). Para confirmar que quer aderir, clique aqui:\n{url}\n\nSe não fez este pedido, ignore esta mensagem e não será inscrito.',
    },
    it: {
      subject: "[{list}] Conferma l'iscrizione al gruppo",
      body: 'Ciao,\n\nabbiamo ricevuto una richiesta di aggiungere {email} al gruppo {co} ({list}@groups.io). Per confermare che vuoi iscriverti, clicca qui:\n{url}\n\nSe non l’hai chiesto tu, ignora questo messaggio: non verrai iscritto.',
    },
    nl: {
      subject: '[{list}] Bevestig je lidmaatschap',
      body: 'Hallo,\n\nWe kregen een verzoek om {email} toe te voegen aan de groep {co} ({list}@groups.io). Klik hier om te bevestigen dat je lid wilt worden:\n{url}\n\nHeb je dit niet gevraagd, negeer dit bericht dan; je wordt niet ingeschreven.',
    },
  },
}
