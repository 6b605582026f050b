// beehiiv: the double opt-in e-mail of a publication, from the publication's mail.beehiiv.com
// address or its custom domain.
// source: beehiiv Knowledge Base, "Double opt-in" (default confirmation email with a "Confirm
// subscription" button), reconstructed; publications translate it themselves.
import type { Product } from './product.ts'

export const BEEHIIV: Product = {
  product: 'beehiiv',
  family: 'subscription',
  source: 'beehiiv Knowledge Base "Double opt-in", default confirmation email',
  locals: ['hello', 'newsletter', 'editor'],
  subdomains: ['', 'mail.'],
  hosted: (c) => `${c.slug}@mail.beehiiv.com`,
  link: (c, token) => `https://${c.slug}.beehiiv.com/subscribe/confirm?token=${token}`,
  texts: {
    en: [
      {
        subject: 'Please confirm your subscription to {company}',
        body: 'You’re almost in!\n\nTap the button below to confirm your subscription to {company}. If this wasn’t you, no action is needed.\n\nConfirm subscription ( {link} )\n\n{company} · Unsubscribe',
      },
    ],
    de: [
      {
        subject: 'Bitte bestätige dein Abo von {company}',
        body: 'Fast geschafft!\n\nTippe auf die Schaltfläche unten, um dein Abo von {company} zu bestätigen. Wenn du das nicht warst, musst du nichts tun.\n\nAbo bestätigen ( {link} )\n\n{company} · Abmelden',
      },
    ],
    fr: [
      {
        subject: 'Merci de confirmer votre abonnement à {company}',
        body: 'Vous y êtes presque !\n\nCliquez sur le bouton ci-dessous pour confirmer votre abonnement à {company}. Si ce n’était pas vous, vous n’avez rien à faire.\n\nConfirmer l’abonnement ( {link} )\n\n{company} · Se désabonner',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción a {company}',
        body: '¡Ya casi estás!\n\nPulsa el botón de abajo para confirmar tu suscripción a {company}. Si no fuiste tú, no tienes que hacer nada.\n\nConfirmar suscripción ( {link} )\n\n{company} · Darse de baja',
      },
    ],
    pt: [
      {
        subject: 'Confirme a sua subscrição de {company}',
        body: 'Está quase!\n\nToque no botão abaixo para confirmar a subscrição de {company}. Se não foi você, não precisa de fazer nada.\n\nConfirmar subscrição ( {link} )\n\n{company} · Cancelar subscrição',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione a {company}',
        body: 'Ci sei quasi!\n\nTocca il pulsante qui sotto per confermare l’iscrizione a {company}. Se non sei stato tu, non devi fare nulla.\n\nConferma iscrizione ( {link} )\n\n{company} · Annulla iscrizione',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je abonnement op {company}',
        body: 'Je bent er bijna!\n\nTik op de knop hieronder om je abonnement op {company} te bevestigen. Was jij dit niet? Dan hoef je niets te doen.\n\nAbonnement bevestigen ( {link} )\n\n{company} · Uitschrijven',
      },
    ],
  },
}
