// phpList (self-hosted): the subscription confirmation request, subject "Request for confirmation",
// listing the newsletters the address was subscribed to.
// source: phpList/phplist3 public_html/lists/admin default "subscribemessage" ("Almost welcome to
// our newsletter(s) ... Someone, hopefully you, has subscribed your email address to the
// following newsletters"), reconstructed; phpList's language files for the subject.
import type { Product } from './product.ts'

export const PHPLIST: Product = {
  product: 'phpList',
  family: 'subscription',
  source: 'phpList3 default subscribe message, subject "Request for confirmation"',
  locals: ['lists', 'newsletter', 'listmaster'],
  subdomains: ['', 'lists.'],
  link: (c, token) => `https://lists.${c.domain}/?p=confirm&uid=${token}`,
  texts: {
    en: [
      {
        subject: 'Request for confirmation',
        body: 'Almost welcome to our newsletter(s) ...\n\nSomeone, hopefully you, has subscribed your email address to the following newsletters:\n\n  * {company} monthly news\n\nIf this is correct, please click the following link to confirm your subscription. Without this confirmation, you will not receive any newsletters.\n\n{link}\n\nIf this is not correct, you do not need to do anything, simply delete this message.\n\nThank you',
      },
    ],
    de: [
      {
        subject: 'Bitte um Bestätigung',
        body: 'Fast geschafft ...\n\nJemand, hoffentlich Sie, hat Ihre E-Mail-Adresse für folgende Newsletter eingetragen:\n\n  * {company} Monatsnachrichten\n\nWenn das stimmt, klicken Sie bitte auf den folgenden Link, um das Abonnement zu bestätigen. Ohne Bestätigung erhalten Sie keine Newsletter.\n\n{link}\n\nWenn das nicht stimmt, müssen Sie nichts tun; löschen Sie diese Nachricht einfach.\n\nVielen Dank',
      },
    ],
    fr: [
      {
        subject: 'Demande de confirmation',
        body: 'Bienvenue, ou presque ...\n\nQuelqu’un, vous sans doute, a inscrit votre adresse aux lettres d’information suivantes :\n\n  * Les nouvelles mensuelles de {company}\n\nSi c’est exact, cliquez sur le lien suivant pour confirmer votre abonnement. Sans cette confirmation, vous ne recevrez aucune lettre.\n\n{link}\n\nSi ce n’est pas le cas, vous n’avez rien à faire : supprimez simplement ce message.\n\nMerci',
      },
    ],
    es: [
      {
        subject: 'Solicitud de confirmación',
        body: 'Casi bienvenido a nuestros boletines ...\n\nAlguien, esperamos que usted, ha suscrito su dirección a los siguientes boletines:\n\n  * Noticias mensuales de {company}\n\nSi es correcto, pulse el siguiente enlace para confirmar la suscripción. Sin esta confirmación no recibirá ningún boletín.\n\n{link}\n\nSi no es correcto, no tiene que hacer nada; simplemente borre este mensaje.\n\nGracias',
      },
    ],
    pt: [
      {
        subject: 'Pedido de confirmação',
        body: 'Quase bem-vindo às nossas newsletters ...\n\nAlguém, esperamos que tenha sido você, inscreveu o seu endereço nas seguintes newsletters:\n\n  * Notícias mensais da {company}\n\nSe estiver correto, clique na ligação seguinte para confirmar a subscrição. Sem esta confirmação não receberá newsletters.\n\n{link}\n\nSe não estiver correto, não precisa de fazer nada; apague esta mensagem.\n\nObrigado',
      },
    ],
    it: [
      {
        subject: 'Richiesta di conferma',
        body: 'Quasi benvenuto nelle nostre newsletter ...\n\nQualcuno, speriamo tu, ha iscritto il tuo indirizzo alle seguenti newsletter:\n\n  * Notizie mensili di {company}\n\nSe è corretto, fai clic sul link seguente per confermare l’iscrizione. Senza questa conferma non riceverai alcuna newsletter.\n\n{link}\n\nSe non è corretto, non devi fare nulla: elimina semplicemente questo messaggio.\n\nGrazie',
      },
    ],
    nl: [
      {
        subject: 'Verzoek om bevestiging',
        body: 'Bijna welkom bij onze nieuwsbrief(ven) ...\n\nIemand, hopelijk u, heeft uw e-mailadres aangemeld voor de volgende nieuwsbrieven:\n\n  * Maandnieuws van {company}\n\nAls dit klopt, klik dan op de volgende link om uw inschrijving te bevestigen. Zonder bevestiging ontvangt u geen nieuwsbrieven.\n\n{link}\n\nKlopt dit niet, dan hoeft u niets te doen; verwijder dit bericht gewoon.\n\nBedankt',
      },
    ],
  },
}
