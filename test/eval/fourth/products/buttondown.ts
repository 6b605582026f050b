// Buttondown: the double opt-in confirmation of a newsletter, from the newsletter's
// buttondown.email address or the writer's own domain.
// source: Buttondown docs, "Confirmation emails" (default text "Someone (hopefully you!)
// subscribed … Click here to confirm"), reconstructed; writers translate it themselves.
import type { Product } from './product.ts'

export const BUTTONDOWN: Product = {
  product: 'Buttondown',
  family: 'subscription',
  source: 'Buttondown docs "Confirmation emails" (default double opt-in email)',
  locals: ['newsletter', 'letters', 'hello'],
  hosted: (c) => `${c.slug}@buttondown.email`,
  link: (c, token) => `https://buttondown.com/${c.slug}/confirm/${token}`,
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company}',
        body: 'Hey there!\n\nSomeone (hopefully you!) subscribed {email} to {company}’s newsletter.\n\nClick here to confirm your subscription: {link}\n\nIf you didn’t do this, you can safely ignore this email and nothing will happen.',
      },
    ],
    de: [
      {
        subject: 'Bestätige dein Abo von {company}',
        body: 'Hallo!\n\nJemand (hoffentlich du!) hat {email} für den Newsletter von {company} eingetragen.\n\nHier klicken, um dein Abo zu bestätigen: {link}\n\nWarst du das nicht, kannst du diese E-Mail einfach ignorieren – es passiert nichts.',
      },
    ],
    fr: [
      {
        subject: 'Confirme ton abonnement à {company}',
        body: 'Salut !\n\nQuelqu’un (toi, on l’espère !) a inscrit {email} à la newsletter de {company}.\n\nClique ici pour confirmer ton abonnement : {link}\n\nSi ce n’était pas toi, ignore cet e-mail : rien ne se passera.',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción a {company}',
        body: '¡Hola!\n\nAlguien (¡esperamos que tú!) ha suscrito {email} a la newsletter de {company}.\n\nHaz clic aquí para confirmar tu suscripción: {link}\n\nSi no fuiste tú, ignora este correo y no pasará nada.',
      },
    ],
    pt: [
      {
        subject: 'Confirme sua inscrição em {company}',
        body: 'Oi!\n\nAlguém (esperamos que você!) inscreveu {email} na newsletter da {company}.\n\nClique aqui para confirmar sua inscrição: {link}\n\nSe não foi você, pode ignorar este e-mail e nada vai acontecer.',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione a {company}',
        body: 'Ciao!\n\nQualcuno (speriamo tu!) ha iscritto {email} alla newsletter di {company}.\n\nFai clic qui per confermare l’iscrizione: {link}\n\nSe non sei stato tu, ignora questa email e non succederà nulla.',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je abonnement op {company}',
        body: 'Hoi!\n\nIemand (hopelijk jij!) heeft {email} ingeschreven voor de nieuwsbrief van {company}.\n\nKlik hier om je abonnement te bevestigen: {link}\n\nWas jij dit niet? Dan kun je deze e-mail negeren en gebeurt er niets.',
      },
    ],
  },
}
