// Sendy (self-hosted newsletter app on Amazon SES): the double opt-in confirmation of a list.
// source: Sendy list settings, default "Confirmation email" (subject "Confirm your subscription to
// [list]"-style, body with [confirmation_link]); list owners translate it (reconstruction).
import type { Product } from './product.ts'

export const SENDY: Product = {
  product: 'Sendy',
  family: 'subscription',
  source: 'Sendy list settings, default double opt-in confirmation email',
  locals: ['newsletter', 'news', 'hello'],
  subdomains: ['', 'news.', 'mail.'],
  link: (c, token) => `https://newsletter.${c.domain}/confirm?e=${token.slice(0, 10)}&l=${token}`,
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company} News',
        body: 'Please confirm your subscription to {company} News by clicking the link below:\n\n{link}\n\nIf you did not request this, simply ignore this email.',
      },
    ],
    de: [
      {
        subject: 'Bitte bestätige dein Abo von {company} News',
        body: 'Bitte bestätige dein Abonnement von {company} News, indem du auf den folgenden Link klickst:\n\n{link}\n\nFalls du das nicht angefordert hast, ignoriere diese E-Mail einfach.',
      },
    ],
    fr: [
      {
        subject: 'Confirmez votre abonnement à la lettre de {company}',
        body: 'Merci de confirmer votre abonnement à la lettre d’information de {company} en cliquant sur le lien ci-dessous :\n\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail.',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción al boletín de {company}',
        body: 'Confirma tu suscripción al boletín de {company} haciendo clic en el siguiente enlace:\n\n{link}\n\nSi no lo has solicitado, ignora este correo.',
      },
    ],
    pt: [
      {
        subject: 'Confirme a sua subscrição da newsletter {company}',
        body: 'Confirme a sua subscrição da newsletter {company} clicando na ligação abaixo:\n\n{link}\n\nSe não fez este pedido, ignore simplesmente este e-mail.',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione alla newsletter di {company}',
        body: 'Conferma la tua iscrizione alla newsletter di {company} facendo clic sul link qui sotto:\n\n{link}\n\nSe non l’hai richiesta, ignora semplicemente questa email.',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je inschrijving op de nieuwsbrief van {company}',
        body: 'Bevestig je inschrijving op de nieuwsbrief van {company} door op de onderstaande link te klikken:\n\n{link}\n\nHeb je dit niet aangevraagd? Negeer deze e-mail dan gewoon.',
      },
    ],
  },
}
