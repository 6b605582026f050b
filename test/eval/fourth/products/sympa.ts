// Sympa (mailing list manager, common at universities and associations): the confirmation a
// subscription request through the list's web page asks for, sent by the list robot.
// source: sympa-community/sympa default mail_tt2/request_auth.tt2 and its .po translations
// (subscription confirmation with a link), reconstructed.
import type { Product } from './product.ts'

export const SYMPA: Product = {
  product: 'Sympa',
  family: 'subscription',
  source: 'sympa-community/sympa mail_tt2/request_auth.tt2 (subscribe confirmation)',
  locals: ['sympa', 'listmaster'],
  subdomains: ['lists.', 'listes.', 'listas.'],
  link: (c, token) => `https://lists.${c.domain}/sympa/auth/${token}/subscribe/news`,
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to list news@lists.{site}',
        body: 'Hello,\n\nSomeone (hopefully you) asked to subscribe the address {email} to the list news@lists.{site} ("{company} news").\n\nTo confirm this subscription, please click the following link:\n{link}\n\nIf you did not ask for it, simply ignore this message.\n\n--\nSympa list server of lists.{site}',
      },
    ],
    de: [
      {
        subject: 'Bestätigen Sie Ihr Abonnement der Liste news@lists.{site}',
        body: 'Guten Tag,\n\njemand (hoffentlich Sie) möchte die Adresse {email} in die Liste news@lists.{site} („{company} Neuigkeiten“) eintragen.\n\nUm das Abonnement zu bestätigen, klicken Sie bitte auf folgenden Link:\n{link}\n\nWenn Sie das nicht wünschen, ignorieren Sie diese Nachricht.\n\n--\nSympa-Listenserver lists.{site}',
      },
    ],
    fr: [
      {
        subject: 'Confirmez votre abonnement à la liste news@listes.{site}',
        body: 'Bonjour,\n\nQuelqu’un (vous, espérons-le) a demandé l’abonnement de l’adresse {email} à la liste news@listes.{site} (« Actualités {company} »).\n\nPour confirmer cet abonnement, cliquez sur le lien suivant :\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message.\n\n--\nServeur de listes Sympa de listes.{site}',
      },
    ],
    es: [
      {
        subject: 'Confirme su suscripción a la lista news@listas.{site}',
        body: 'Hola:\n\nAlguien (esperamos que usted) ha pedido suscribir la dirección {email} a la lista news@listas.{site} («Noticias de {company}»).\n\nPara confirmar la suscripción, pulse el siguiente enlace:\n{link}\n\nSi no lo ha pedido, ignore este mensaje.\n\n--\nServidor de listas Sympa de listas.{site}',
      },
    ],
    pt: [
      {
        subject: 'Confirme a sua subscrição da lista news@listas.{site}',
        body: 'Olá,\n\nAlguém (esperamos que você) pediu a inscrição do endereço {email} na lista news@listas.{site} ("Notícias {company}").\n\nPara confirmar a subscrição, clique na ligação seguinte:\n{link}\n\nSe não fez este pedido, ignore esta mensagem.\n\n--\nServidor de listas Sympa de listas.{site}',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione alla lista news@liste.{site}',
        body: 'Buongiorno,\n\nqualcuno (speriamo tu) ha chiesto di iscrivere l’indirizzo {email} alla lista news@liste.{site} ("Notizie {company}").\n\nPer confermare l’iscrizione, fai clic sul link seguente:\n{link}\n\nSe non l’hai chiesto tu, ignora questo messaggio.\n\n--\nServer di liste Sympa di liste.{site}',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je abonnement op de lijst news@lijsten.{site}',
        body: 'Hallo,\n\nIemand (hopelijk jij) heeft gevraagd om het adres {email} in te schrijven op de lijst news@lijsten.{site} ("Nieuws van {company}").\n\nKlik op de volgende link om het abonnement te bevestigen:\n{link}\n\nHeb je dit niet gevraagd? Negeer dit bericht dan.\n\n--\nSympa-lijstserver van lijsten.{site}',
      },
    ],
  },
}
