// source: Laposta (Dutch ESP) default double opt-in confirmation mail ("Bevestig je aanmelding"),
// sent from the list owner's address through Laposta; the other languages follow Laposta's
// English form and a list owner's own translation (reconstruction).
import type { Product } from '../product.ts'

const url = (t: string) => `https://confirm.email-provider.eu/c/${t}`

export const LAPOSTA: Product = {
  product: 'Laposta',
  family: 'subscription',
  source: 'Laposta double opt-in confirmation mail (reconstruction)',
  echo: 'none',
  hosted: (slug, company) => `${company} <${slug}@laposta-mail.nl>`,
  locals: ['nieuwsbrief', 'newsletter'],
  texts: {
    en: (f) => ({
      subject: `Please confirm your subscription`,
      body: `You signed up for the newsletter of ${f.company} with ${f.email}.\n\nPlease confirm your subscription by clicking the link below:\n${url(f.token)}\n\nDid not sign up? Then no action is needed; you will not receive anything.`,
    }),
    de: (f) => ({
      subject: `Bitte bestätige deine Anmeldung`,
      body: `Du hast dich mit ${f.email} für den Newsletter von ${f.company} angemeldet.\n\nBitte bestätige deine Anmeldung über den folgenden Link:\n${url(f.token)}\n\nDu hast dich nicht angemeldet? Dann musst du nichts tun.`,
    }),
    fr: (f) => ({
      subject: `Merci de confirmer votre inscription`,
      body: `Vous vous êtes inscrit à la newsletter de ${f.company} avec ${f.email}.\n\nConfirmez votre inscription en cliquant sur le lien ci-dessous :\n${url(f.token)}\n\nVous ne vous êtes pas inscrit ? Aucune action n'est nécessaire.`,
    }),
    es: (f) => ({
      subject: `Confirma tu suscripción`,
      body: `Te has suscrito al boletín de ${f.company} con ${f.email}.\n\nConfirma tu suscripción haciendo clic en el siguiente enlace:\n${url(f.token)}\n\n¿No te has suscrito? No tienes que hacer nada.`,
    }),
    pt: (f) => ({
      subject: `Confirme a sua subscrição`,
      body: `Subscreveu a newsletter de ${f.company} com ${f.email}.\n\nConfirme a sua subscrição clicando na ligação abaixo:\n${url(f.token)}\n\nNão subscreveu? Não precisa de fazer nada.`,
    }),
    it: (f) => ({
      subject: `Conferma la tua iscrizione`,
      body: `Ti sei iscritto alla newsletter di ${f.company} con ${f.email}.\n\nConferma l'iscrizione cliccando sul link qui sotto:\n${url(f.token)}\n\nNon ti sei iscritto? Non devi fare nulla.`,
    }),
    nl: (f) => ({
      subject: `Bevestig je aanmelding`,
      body: `Je hebt je met ${f.email} aangemeld voor de nieuwsbrief van ${f.company}.\n\nBevestig je aanmelding door op de onderstaande link te klikken:\n${url(f.token)}\n\nHeb je je niet aangemeld? Dan hoef je niets te doen.`,
    }),
  },
}
