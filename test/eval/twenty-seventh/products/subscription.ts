// Newsletter double opt-in mails of two products, rendered from memory of their documented
// defaults in our own words (nothing pasted).
import type { Product } from './types.ts'

// Source: Acelle Mail, default list "Subscription confirmation" email (confirm link, "if you
// received this by mistake, delete it").
export const ACELLE: Product = {
  family: 'subscription',
  product: 'Acelle Mail',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Please confirm subscription',
      body: 'Please confirm your subscription to {list}.\nYes, subscribe me to this list: {link}\nIf this reached you by mistake, just delete it. You will not be subscribed unless you click the link above.',
    },
    de: {
      subject: 'Bitte Anmeldung bestätigen',
      body: 'Bitte bestätigen Sie Ihre Anmeldung zu {list}.\nJa, ich möchte diese Liste abonnieren: {link}\nIrrtümlich erhalten? Einfach löschen; ohne Klick werden Sie nicht eingetragen.',
    },
    fr: {
      subject: 'Merci de confirmer votre abonnement',
      body: 'Merci de confirmer votre inscription à {list}.\nOui, je m’abonne à cette liste : {link}\nReçu par erreur ? Supprimez-le : sans clic, vous ne serez pas inscrit.',
    },
    es: {
      subject: 'Confirma tu suscripción',
      body: 'Confirma tu suscripción a {list}.\nSí, suscribirme a esta lista: {link}\nSi te llegó por error, bórralo: sin hacer clic no quedarás suscrito.',
    },
    pt: {
      subject: 'Por favor confirme a subscrição',
      body: 'Confirme a sua subscrição de {list}.\nSim, quero subscrever esta lista: {link}\nRecebeu por engano? Apague-o: sem clicar não fica inscrito.',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: 'Conferma la tua iscrizione a {list}.\nSì, iscrivimi a questa lista: {link}\nRicevuta per errore? Cancellala: senza clic non verrai iscritto.',
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: 'Bevestig je inschrijving op {list}.\nJa, schrijf me in op deze lijst: {link}\nPer ongeluk ontvangen? Verwijder hem gewoon; zonder klik word je niet ingeschreven.',
    },
  },
}

// Source: Ecomail help centre, default double opt-in form e-mail ("Confirm subscription" button).
export const ECOMAIL: Product = {
  family: 'subscription',
  product: 'Ecomail',
  sender: 'hosted',
  texts: {
    en: {
      subject: '{brand}: confirm your newsletter sign-up',
      body: 'Hello {p}, thanks for your interest in our news. One click on the button finishes your sign-up.\n[ Confirm subscription ] {link}',
    },
    de: {
      subject: '{brand}: Newsletter-Anmeldung bestätigen',
      body: 'Hallo {p}, danke für Ihr Interesse. Ein Klick auf den Button schließt die Anmeldung ab.\n[ Anmeldung bestätigen ] {link}',
    },
    fr: {
      subject: '{brand} : confirmez votre inscription',
      body: 'Bonjour {p}, merci de votre intérêt. Un clic sur le bouton termine l’inscription.\n[ Confirmer l’inscription ] {link}',
    },
    es: {
      subject: '{brand}: confirma tu alta en el boletín',
      body: 'Hola {p}, gracias por tu interés. Un clic en el botón completa el alta.\n[ Confirmar suscripción ] {link}',
    },
    pt: {
      subject: '{brand}: confirme o cadastro na newsletter',
      body: 'Olá {p}, obrigado pelo interesse. Um clique no botão conclui o cadastro.\n[ Confirmar inscrição ] {link}',
    },
    it: {
      subject: '{brand}: conferma l’iscrizione alla newsletter',
      body: 'Ciao {p}, grazie per l’interesse. Un clic sul pulsante completa l’iscrizione.\n[ Conferma iscrizione ] {link}',
    },
    nl: {
      subject: '{brand}: bevestig je aanmelding',
      body: 'Hallo {p}, bedankt voor je interesse. Eén klik op de knop rondt je aanmelding af.\n[ Aanmelding bevestigen ] {link}',
    },
  },
}
