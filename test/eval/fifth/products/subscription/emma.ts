// Emma (Myemma, Marigold): the double opt-in confirmation of a sign-up form, sent from the
// account's shared sending domain e2ma.net with the organisation's name. Source: Emma help
// "Signup forms → double opt-in confirmation email" (reconstruction of the default text).
// Localised by the account owner (reconstruction); de Sie, fr vous, pt pt-BR.
import type { Product } from '../../product.ts'

const confirm = (f: { domain: string; token: string }) =>
  `https://app.e2ma.net/app2/confirm/${f.token.slice(0, 10)}/${f.token.slice(10, 30)}`

export const EMMA: Product = {
  product: 'Emma',
  family: 'subscription',
  source: 'Emma signup form double opt-in confirmation email (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.name} <${c.slug.slice(0, 16)}@e2ma.net>`,
  locals: ['news', 'hello'],
  subdomains: ['', 'email.'],
  texts: {
    en: (f) => ({
      subject: `Please confirm your subscription to ${f.company}`,
      body: `Thanks for signing up! To start receiving emails from ${f.company}, please confirm your subscription.\n\nConfirm subscription: ${confirm(f)}\n\nIf you didn't sign up, no action is needed — you won't be added to our list.`,
    }),
    de: (f) => ({
      subject: `Bitte bestätigen Sie Ihr Abonnement bei ${f.company}`,
      body: `Danke für Ihre Anmeldung! Um E-Mails von ${f.company} zu erhalten, bestätigen Sie bitte Ihr Abonnement.\n\nAbonnement bestätigen: ${confirm(f)}\n\nWenn Sie sich nicht angemeldet haben, müssen Sie nichts tun – Sie werden nicht in unsere Liste aufgenommen.`,
    }),
    fr: (f) => ({
      subject: `Merci de confirmer votre abonnement à ${f.company}`,
      body: `Merci pour votre inscription ! Pour recevoir les e-mails de ${f.company}, veuillez confirmer votre abonnement.\n\nConfirmer l'abonnement : ${confirm(f)}\n\nSi vous ne vous êtes pas inscrit, vous n'avez rien à faire : vous ne serez pas ajouté à notre liste.`,
    }),
    es: (f) => ({
      subject: `Confirma tu suscripción a ${f.company}`,
      body: `¡Gracias por registrarte! Para empezar a recibir correos de ${f.company}, confirma tu suscripción.\n\nConfirmar suscripción: ${confirm(f)}\n\nSi no te registraste, no tienes que hacer nada: no te añadiremos a nuestra lista.`,
    }),
    pt: (f) => ({
      subject: `Confirme sua inscrição na ${f.company}`,
      body: `Obrigado por se cadastrar! Para começar a receber e-mails da ${f.company}, confirme sua inscrição.\n\nConfirmar inscrição: ${confirm(f)}\n\nSe você não se cadastrou, não precisa fazer nada: você não será incluído na lista.`,
    }),
    it: (f) => ({
      subject: `Conferma la tua iscrizione a ${f.company}`,
      body: `Grazie per esserti iscritto! Per ricevere le email di ${f.company}, conferma la tua iscrizione.\n\nConferma iscrizione: ${confirm(f)}\n\nSe non ti sei iscritto, non devi fare nulla: non verrai aggiunto alla lista.`,
    }),
    nl: (f) => ({
      subject: `Bevestig je inschrijving bij ${f.company}`,
      body: `Bedankt voor je aanmelding! Bevestig je inschrijving om e-mails van ${f.company} te ontvangen.\n\nInschrijving bevestigen: ${confirm(f)}\n\nHeb je je niet aangemeld, dan hoef je niets te doen: je wordt niet aan onze lijst toegevoegd.`,
    }),
  },
}
