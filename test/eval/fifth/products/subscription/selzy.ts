// Selzy (formerly Unisender): the double opt-in confirmation letter of a subscription form,
// "Confirm your subscription" with the list name and a button, sent from the sender's address
// or Selzy's shared sending domain. Source: Selzy help "Subscription confirmation email"
// (default text reconstructed; other languages after Selzy's interface translations).
import type { Product } from '../../product.ts'

const confirm = (f: { token: string }) =>
  `https://cp.selzy.com/en/v5/subscribe/confirm?hash=${f.token.slice(0, 24)}`

export const SELZY: Product = {
  product: 'Selzy',
  family: 'subscription',
  source: 'Selzy subscription form confirmation letter (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.name} <${c.slug.slice(0, 14)}@selzy.email>`,
  locals: ['news', 'subscribe'],
  subdomains: ['', 'news.'],
  texts: {
    en: (f) => ({
      subject: `Confirm your subscription to "${f.company} News"`,
      body: `Someone, hopefully you, subscribed this address to the mailing list "${f.company} News".\n\nTo confirm your subscription, click the button:\nYes, I want to subscribe: ${confirm(f)}\n\nIf you did not subscribe, ignore this letter and you will not receive our mailings.`,
    }),
    de: (f) => ({
      subject: `Bestätigen Sie Ihr Abonnement von „${f.company} News“`,
      body: `Jemand – hoffentlich Sie – hat diese Adresse für die Liste „${f.company} News“ eingetragen.\n\nUm das Abonnement zu bestätigen, klicken Sie auf die Schaltfläche:\nJa, ich möchte abonnieren: ${confirm(f)}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie dieses Schreiben; Sie erhalten dann keine Mailings.`,
    }),
    fr: (f) => ({
      subject: `Confirmez votre abonnement à « ${f.company} News »`,
      body: `Quelqu'un, sans doute vous, a inscrit cette adresse à la liste « ${f.company} News ».\n\nPour confirmer votre abonnement, cliquez sur le bouton :\nOui, je veux m'abonner : ${confirm(f)}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message et vous ne recevrez rien.`,
    }),
    es: (f) => ({
      subject: `Confirma tu suscripción a «${f.company} News»`,
      body: `Alguien, esperamos que tú, ha suscrito esta dirección a la lista «${f.company} News».\n\nPara confirmar tu suscripción, pulsa el botón:\nSí, quiero suscribirme: ${confirm(f)}\n\nSi no te suscribiste, ignora este mensaje y no recibirás nuestros envíos.`,
    }),
    pt: (f) => ({
      subject: `Confirme sua inscrição em "${f.company} News"`,
      body: `Alguém, esperamos que você, inscreveu este endereço na lista "${f.company} News".\n\nPara confirmar sua inscrição, clique no botão:\nSim, quero me inscrever: ${confirm(f)}\n\nSe você não se inscreveu, ignore esta mensagem e não receberá nossos envios.`,
    }),
    it: (f) => ({
      subject: `Conferma la tua iscrizione a "${f.company} News"`,
      body: `Qualcuno, speriamo tu, ha iscritto questo indirizzo alla lista "${f.company} News".\n\nPer confermare l'iscrizione, clicca sul pulsante:\nSì, voglio iscrivermi: ${confirm(f)}\n\nSe non ti sei iscritto, ignora questo messaggio e non riceverai i nostri invii.`,
    }),
    nl: (f) => ({
      subject: `Bevestig je inschrijving op "${f.company} News"`,
      body: `Iemand, hopelijk jij, heeft dit adres ingeschreven op de lijst "${f.company} News".\n\nKlik op de knop om je inschrijving te bevestigen:\nJa, ik wil me inschrijven: ${confirm(f)}\n\nHeb je je niet ingeschreven, negeer deze e-mail dan; je ontvangt dan niets van ons.`,
    }),
  },
}
