// Zoho Campaigns: the double opt-in "confirmation email" of a sign-up form, sent through Zoho's
// sending domain (zcsend.net) with the organisation's name, with a "Confirm subscription" button
// and the mailing list's name. Source: Zoho Campaigns help "Sign-up forms → Double opt-in →
// Confirmation email" (default text reconstructed; other languages after Zoho's translations).
import type { Product } from '../../product.ts'

const confirm = (f: { token: string }) =>
  `https://campaigns.zoho.eu/ua/optin?od=${f.token.slice(0, 18)}&rd=${f.token.slice(18, 30)}`

export const ZOHO_CAMPAIGNS: Product = {
  product: 'Zoho Campaigns',
  family: 'subscription',
  source: 'Zoho Campaigns sign-up form double opt-in confirmation email (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.name} <${c.slug.slice(0, 12)}-news@zcsend.net>`,
  locals: ['campaigns', 'news'],
  subdomains: ['', 'mail.'],
  texts: {
    en: (f) => ({
      subject: `${f.company}: Confirm your subscription`,
      body: `Hi there,\n\nThanks for your interest in ${f.company} Newsletter. Please confirm your subscription by clicking the button below.\n\nConfirm subscription: ${confirm(f)}\n\nIf you have received this email in error, you need not take any action.`,
    }),
    de: (f) => ({
      subject: `${f.company}: Bestätigen Sie Ihr Abonnement`,
      body: `Hallo,\n\nvielen Dank für Ihr Interesse am ${f.company} Newsletter. Bitte bestätigen Sie Ihr Abonnement über die Schaltfläche unten.\n\nAbonnement bestätigen: ${confirm(f)}\n\nFalls Sie diese E-Mail irrtümlich erhalten haben, müssen Sie nichts unternehmen.`,
    }),
    fr: (f) => ({
      subject: `${f.company} : confirmez votre abonnement`,
      body: `Bonjour,\n\nMerci de votre intérêt pour la newsletter ${f.company}. Veuillez confirmer votre abonnement en cliquant sur le bouton ci-dessous.\n\nConfirmer l'abonnement : ${confirm(f)}\n\nSi vous avez reçu cet e-mail par erreur, aucune action n'est nécessaire.`,
    }),
    es: (f) => ({
      subject: `${f.company}: Confirme su suscripción`,
      body: `Hola:\n\nGracias por su interés en el boletín de ${f.company}. Confirme su suscripción haciendo clic en el botón de abajo.\n\nConfirmar suscripción: ${confirm(f)}\n\nSi ha recibido este correo por error, no tiene que hacer nada.`,
    }),
    pt: (f) => ({
      subject: `${f.company}: Confirme sua inscrição`,
      body: `Olá,\n\nObrigado pelo interesse na newsletter da ${f.company}. Confirme sua inscrição clicando no botão abaixo.\n\nConfirmar inscrição: ${confirm(f)}\n\nSe você recebeu este e-mail por engano, não é preciso fazer nada.`,
    }),
    it: (f) => ({
      subject: `${f.company}: conferma la tua iscrizione`,
      body: `Salve,\n\ngrazie per l'interesse verso la newsletter di ${f.company}. Confermi l'iscrizione facendo clic sul pulsante qui sotto.\n\nConferma iscrizione: ${confirm(f)}\n\nSe ha ricevuto questa email per errore, non deve fare nulla.`,
    }),
    nl: (f) => ({
      subject: `${f.company}: bevestig uw inschrijving`,
      body: `Hallo,\n\nBedankt voor uw interesse in de nieuwsbrief van ${f.company}. Bevestig uw inschrijving met de knop hieronder.\n\nInschrijving bevestigen: ${confirm(f)}\n\nHeeft u deze e-mail per vergissing ontvangen, dan hoeft u niets te doen.`,
    }),
  },
}
