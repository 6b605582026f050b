// Cakemail: the confirmation a signup form sends before adding a contact, a one-line notice. Shown
// under a display name only (every mail of this product has no address in this set).
// In de, it and nl the subject is only the company's name (the list's sender name left as the
// subject). source: reconstruction of a Cakemail signup-form double opt-in email; all languages
// written for this set.
import type { Product } from './types.ts'

export const cakemail: Product = {
  product: 'Cakemail',
  family: 'subscription',
  source: 'reconstruction (signup form double opt-in, one-line notice)',
  senders: ['display'],
  mailbox: 'news',
  display: (c) => `${c.name} Newsletter`,
  texts: {
    en: {
      subject: '{company}: one click to confirm',
      body: "One click and you're on the list: {link}\nDidn't sign up? Ignore this email and you won't hear from us.",
    },
    de: {
      subject: '{company}',
      body: 'Ein Klick, und Sie sind auf der Liste: {link}\nNicht angemeldet? Ignorieren Sie diese E-Mail, dann hören Sie nichts mehr von uns.',
    },
    fr: {
      subject: '{company} : un clic pour confirmer',
      body: "Un clic et vous êtes inscrit : {link}\nVous ne vous êtes pas inscrit ? Ignorez ce message, vous n'aurez plus de nouvelles de nous.",
    },
    es: {
      subject: '{company}: un clic para confirmar',
      body: 'Un clic y estás en la lista: {link}\n¿No te has apuntado? Ignora este correo y no volverás a saber de nosotros.',
    },
    pt: {
      subject: '{company}: um clique para confirmar',
      body: 'Um clique e você está na lista: {link}\nNão se inscreveu? Ignore este e-mail e não receberá mais nada.',
    },
    it: {
      subject: '{company}',
      body: 'Un clic e sei in lista: {link}\nNon ti sei iscritto? Ignora questa email e non riceverai altro da noi.',
    },
    nl: {
      subject: '{company}',
      body: 'Eén klik en je staat op de lijst: {link}\nNiet aangemeld? Negeer deze e-mail, dan hoor je niets meer van ons.',
    },
  },
}
