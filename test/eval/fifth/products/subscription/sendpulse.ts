// SendPulse: the subscription confirmation of a subscription form (double opt-in), with a
// "Confirm subscription" button, from the sender's own address or SendPulse's shared sender.
// Source: SendPulse knowledge base "Subscription confirmation email" (reconstruction of the
// default text, which SendPulse offers in many languages).
import type { Product } from '../../product.ts'

const confirm = (f: { token: string }) => `https://login.sendpulse.com/confirm/${f.token}`

export const SENDPULSE: Product = {
  product: 'SendPulse',
  family: 'subscription',
  source: 'SendPulse subscription form confirmation email (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.name} <${c.slug.slice(0, 14)}@sendpulse.email>`,
  locals: ['subscribe', 'news', 'digest'],
  subdomains: ['', 'mail.'],
  texts: {
    en: (f) => ({
      subject: 'Subscription confirmation',
      body: `Hello!\n\nYou have subscribed to the ${f.company} mailing list. To confirm your subscription, please click the button below.\n\nConfirm subscription: ${confirm(f)}\n\nIf you received this letter by mistake, simply ignore it.`,
    }),
    de: (f) => ({
      subject: 'Bestätigung des Abonnements',
      body: `Hallo!\n\nSie haben den Newsletter von ${f.company} abonniert. Um das Abonnement zu bestätigen, klicken Sie bitte auf die Schaltfläche unten.\n\nAbonnement bestätigen: ${confirm(f)}\n\nWenn Sie diese Nachricht irrtümlich erhalten haben, ignorieren Sie sie einfach.`,
    }),
    fr: (f) => ({
      subject: "Confirmation d'abonnement",
      body: `Bonjour !\n\nVous vous êtes abonné à la liste de diffusion de ${f.company}. Pour confirmer votre abonnement, cliquez sur le bouton ci-dessous.\n\nConfirmer l'abonnement : ${confirm(f)}\n\nSi vous avez reçu ce message par erreur, ignorez-le.`,
    }),
    es: (f) => ({
      subject: 'Confirmación de suscripción',
      body: `¡Hola!\n\nTe has suscrito a la lista de correo de ${f.company}. Para confirmar tu suscripción, haz clic en el botón de abajo.\n\nConfirmar suscripción: ${confirm(f)}\n\nSi recibiste este mensaje por error, simplemente ignóralo.`,
    }),
    pt: (f) => ({
      subject: 'Confirmação de inscrição',
      body: `Olá!\n\nVocê se inscreveu na lista de e-mails da ${f.company}. Para confirmar sua inscrição, clique no botão abaixo.\n\nConfirmar inscrição: ${confirm(f)}\n\nSe recebeu esta mensagem por engano, basta ignorá-la.`,
    }),
    it: (f) => ({
      subject: "Conferma dell'iscrizione",
      body: `Salve!\n\nSi è iscritto alla mailing list di ${f.company}. Per confermare l'iscrizione, clicchi sul pulsante qui sotto.\n\nConferma iscrizione: ${confirm(f)}\n\nSe ha ricevuto questo messaggio per errore, lo ignori.`,
    }),
    nl: (f) => ({
      subject: 'Bevestiging van inschrijving',
      body: `Hallo!\n\nJe hebt je ingeschreven voor de mailinglijst van ${f.company}. Klik op de knop hieronder om je inschrijving te bevestigen.\n\nInschrijving bevestigen: ${confirm(f)}\n\nHeb je dit bericht per ongeluk ontvangen, negeer het dan.`,
    }),
  },
}
