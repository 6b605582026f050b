// Elastic Email: the double opt-in activation email of a web form ("Please confirm your
// subscription", with the contact's first name when the form asked for it), sent from the
// account's verified domain or Elastic Email's shared sender. Source: Elastic Email help
// "Double opt-in / activation email for web forms" (default text reconstructed).
import type { Product } from '../../product.ts'

const activate = (f: { token: string }) =>
  `https://api.elasticemail.com/contact/activate?code=${f.token.slice(0, 26)}`

export const ELASTIC_EMAIL: Product = {
  product: 'Elastic Email',
  family: 'subscription',
  source: 'Elastic Email web form double opt-in activation email (reconstruction)',
  echo: 'name',
  hosted: (c) => `${c.name} <${c.slug.slice(0, 14)}@elasticemail.email>`,
  locals: ['news', 'mailing', 'updates'],
  subdomains: ['', 'e.', 'mail.'],
  texts: {
    en: (f) => ({
      subject: 'Please confirm your subscription',
      body: `Hi ${f.name},\n\nYou're almost on the list! Confirm your email address to start receiving news from ${f.company}.\n\nActivate: ${activate(f)}\n\nDidn't sign up? Then you don't need to do anything.`,
    }),
    de: (f) => ({
      subject: 'Bitte bestätige dein Abonnement',
      body: `Hi ${f.name},\n\nfast geschafft! Bestätige deine E-Mail-Adresse, um Neuigkeiten von ${f.company} zu erhalten.\n\nAktivieren: ${activate(f)}\n\nNicht angemeldet? Dann musst du nichts tun.`,
    }),
    fr: (f) => ({
      subject: 'Confirme ton abonnement',
      body: `Salut ${f.name},\n\nTu y es presque ! Confirme ton adresse e-mail pour recevoir les actualités de ${f.company}.\n\nActiver : ${activate(f)}\n\nTu ne t'es pas inscrit ? Tu n'as rien à faire.`,
    }),
    es: (f) => ({
      subject: 'Confirma tu suscripción',
      body: `Hola ${f.name}:\n\n¡Ya casi estás en la lista! Confirma tu correo para empezar a recibir novedades de ${f.company}.\n\nActivar: ${activate(f)}\n\n¿No te has suscrito? Entonces no tienes que hacer nada.`,
    }),
    pt: (f) => ({
      subject: 'Confirme sua inscrição',
      body: `Oi ${f.name},\n\nVocê está quase na lista! Confirme seu e-mail para receber as novidades da ${f.company}.\n\nAtivar: ${activate(f)}\n\nNão se inscreveu? Então não precisa fazer nada.`,
    }),
    it: (f) => ({
      subject: 'Conferma la tua iscrizione',
      body: `Ciao ${f.name},\n\nci sei quasi! Conferma il tuo indirizzo email per ricevere le novità di ${f.company}.\n\nAttiva: ${activate(f)}\n\nNon ti sei iscritto? Allora non devi fare nulla.`,
    }),
    nl: (f) => ({
      subject: 'Bevestig je inschrijving',
      body: `Hoi ${f.name},\n\nJe staat bijna op de lijst! Bevestig je e-mailadres om nieuws van ${f.company} te ontvangen.\n\nActiveren: ${activate(f)}\n\nNiet aangemeld? Dan hoef je niets te doen.`,
    }),
  },
}
