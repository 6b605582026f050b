// MailerLite: the default double opt-in email of a signup form, subject "Please confirm your
// subscription", "Click the button below to confirm your subscription ... You won't be subscribed
// if you don't click the confirmation link.", button "Yes, subscribe me to this list". source:
// MailerLite's default double opt-in settings text (its form languages include the seven), written
// from its meaning; sent from the account's sender on a mail subdomain of the company.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const MAILERLITE: Product = {
  product: 'MailerLite',
  family: 'subscription',
  source: 'MailerLite default double opt-in email',
  echo: 'none',
  ownAddress: (c) => `hello@mail.${c.domain}`,
  display: (c) => c.name,
  texts: fromTable({
    en: [
      'Please confirm your subscription',
      "Click the button below to confirm your subscription to {company}.\n\nYes, subscribe me to this list\n{link}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.",
    ],
    de: [
      'Bitte bestätigen Sie Ihr Abonnement',
      'Klicken Sie auf den Button unten, um Ihr Abonnement bei {company} zu bestätigen.\n\nJa, ich möchte diese Liste abonnieren\n{link}\n\nFalls Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick auf den Bestätigungslink werden Sie nicht eingetragen.',
    ],
    fr: [
      'Veuillez confirmer votre inscription',
      'Cliquez sur le bouton ci-dessous pour confirmer votre inscription à {company}.\n\nOui, inscrivez-moi à cette liste\n{link}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le. Vous ne serez pas inscrit(e) sans cliquer sur le lien de confirmation.',
    ],
    es: [
      'Por favor, confirma tu suscripción',
      'Haz clic en el botón de abajo para confirmar tu suscripción a {company}.\n\nSí, suscríbeme a esta lista\n{link}\n\nSi has recibido este correo por error, bórralo. No quedarás suscrito si no haces clic en el enlace de confirmación.',
    ],
    pt: [
      'Por favor, confirme a sua subscrição',
      'Clique no botão abaixo para confirmar a sua subscrição de {company}.\n\nSim, quero subscrever esta lista\n{link}\n\nSe recebeu este e-mail por engano, apague-o. Não ficará inscrito se não clicar na ligação de confirmação.',
    ],
    it: [
      'Conferma la tua iscrizione',
      'Fai clic sul pulsante qui sotto per confermare la tua iscrizione a {company}.\n\nSì, iscrivimi a questa lista\n{link}\n\nSe hai ricevuto questa email per errore, eliminala. Non sarai iscritto se non fai clic sul link di conferma.',
    ],
    nl: [
      'Bevestig je inschrijving',
      'Klik op de knop hieronder om je inschrijving bij {company} te bevestigen.\n\nJa, schrijf me in voor deze lijst\n{link}\n\nHeb je deze e-mail per ongeluk ontvangen? Verwijder hem dan. Zonder klik op de bevestigingslink word je niet ingeschreven.',
    ],
  }),
}
