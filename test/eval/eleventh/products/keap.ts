// Keap (Infusionsoft): the double opt-in confirmation email, phrased as a question ("Is this
// you?") with a single confirm button. Source: reconstruction of Keap's default "confirmation
// request" email (Marketing > Email opt-in confirmation); the translations are a site's own.
import type { Product } from '../product.ts'

export const KEAP: Product = {
  product: 'Keap',
  family: 'subscription',
  source: 'Keap default double opt-in confirmation request email (reconstruction)',
  hosted: (c) => `${c.slug}@infusionmail.com`,
  ownLocal: 'hello',
  texts: {
    en: {
      subject: 'Is this you, {name}?',
      body: "Hi {name},\n\nDid you just ask to hear from {company}? Please confirm you'd like to receive emails from us.\n\nYes, that's me: {link}\n\nIf you didn't request this, no action is needed - you won't get anything else from us.\n\n{company}, {site}",
    },
    de: {
      subject: 'Bist du das, {name}?',
      body: 'Hallo {name},\n\nhast du gerade E-Mails von {company} angefordert? Bitte bestätige, dass du unsere E-Mails erhalten möchtest.\n\nJa, das bin ich: {link}\n\nWenn du das nicht warst, musst du nichts tun - du hörst dann nichts mehr von uns.\n\n{company}, {site}',
    },
    fr: {
      subject: 'Est-ce bien vous, {name} ?',
      body: "Bonjour {name},\n\nVenez-vous de demander à recevoir des nouvelles de {company} ? Merci de confirmer que vous souhaitez recevoir nos e-mails.\n\nOui, c'est moi : {link}\n\nSi ce n'était pas vous, vous n'avez rien à faire.\n\n{company}, {site}",
    },
    es: {
      subject: '¿Eres tú, {name}?',
      body: 'Hola {name}:\n\n¿Acabas de pedir recibir noticias de {company}? Confirma que quieres recibir nuestros correos.\n\nSí, soy yo: {link}\n\nSi no lo pediste, no tienes que hacer nada.\n\n{company}, {site}',
    },
    pt: {
      subject: 'É você, {name}?',
      body: 'Olá {name},\n\nVocê acabou de pedir para receber novidades da {company}? Confirme que quer receber os nossos e-mails.\n\nSim, sou eu: {link}\n\nSe não foi você, não precisa de fazer nada.\n\n{company}, {site}',
    },
    it: {
      subject: 'Sei tu, {name}?',
      body: 'Ciao {name},\n\nhai appena chiesto di ricevere notizie da {company}? Conferma che vuoi ricevere le nostre email.\n\nSì, sono io: {link}\n\nSe non sei stato tu, non devi fare nulla.\n\n{company}, {site}',
    },
    nl: {
      subject: 'Ben jij dit, {name}?',
      body: 'Hoi {name},\n\nHeb je net gevraagd om berichten van {company}? Bevestig dat je onze e-mails wilt ontvangen.\n\nJa, dat ben ik: {link}\n\nWas jij het niet? Dan hoef je niets te doen.\n\n{company}, {site}',
    },
  },
}
