// Inxmail: the double opt-in mail of a newsletter sign-up form, sent from a mailing subdomain
// of the company or from the ESP's own domain, with HTML-ish text, an imprint and a legal
// footer. Source: reconstruction of Inxmail's default DOI confirmation mailing (its German
// wording first, as Inxmail is German). The pt sites keep the German default subject over a
// Portuguese body.
import type { Product } from '../product.ts'

export const INXMAIL: Product = {
  product: 'Inxmail',
  family: 'subscription',
  source: 'Inxmail default double opt-in confirmation mailing (reconstruction)',
  hosted: (c) => `${c.slug}@inxmail-mailing.com`,
  ownLocal: 'newsletter',
  texts: {
    en: {
      subject: 'Please confirm your newsletter subscription',
      body: 'Web version | {company}\n\nDear {name},\n\nthank you for your interest in the {company} newsletter. Please confirm your subscription for {email}:\n\n[ Confirm subscription ] {link}\n\nIf you did not sign up, please ignore this email; you will not be subscribed.\n\nImprint: {company} Ltd, Registered office: {site}. Privacy policy: {site}/privacy. This email was sent by Inxmail on behalf of {company}.',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      body: 'Webversion | {company}\n\nGuten Tag {name},\n\nvielen Dank für Ihr Interesse am Newsletter von {company}. Bitte bestätigen Sie Ihre Anmeldung mit der Adresse {email}:\n\n[ Anmeldung bestätigen ] {link}\n\nSollten Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail bitte; Sie erhalten dann keinen Newsletter.\n\nImpressum: {company} GmbH, Sitz der Gesellschaft: {site}, Amtsgericht, HRB. Geschäftsführer siehe Impressum. Datenschutzerklärung: {site}/datenschutz.',
    },
    fr: {
      subject: 'Merci de confirmer votre inscription à la newsletter',
      body: "Version en ligne | {company}\n\nBonjour {name},\n\nmerci de votre intérêt pour la newsletter de {company}. Veuillez confirmer votre inscription avec l'adresse {email} :\n\n[ Confirmer mon inscription ] {link}\n\nSi vous ne vous êtes pas inscrit(e), ignorez ce message.\n\nMentions légales : {company} SAS, siège social : {site}. Politique de confidentialité : {site}/confidentialite.",
    },
    es: {
      subject: 'Confirma tu suscripción a la newsletter',
      body: 'Versión web | {company}\n\nHola {name}:\n\ngracias por tu interés en la newsletter de {company}. Confirma tu suscripción con la dirección {email}:\n\n[ Confirmar suscripción ] {link}\n\nSi no te has suscrito, ignora este correo.\n\nAviso legal: {company} S.L., domicilio social: {site}. Política de privacidad: {site}/privacidad.',
    },
    pt: {
      subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      body: 'Versão web | {company}\n\nOlá {name},\n\nobrigado pelo seu interesse na newsletter da {company}. Confirme a sua subscrição com o endereço {email}:\n\n[ Confirmar subscrição ] {link}\n\nSe não se inscreveu, ignore este e-mail.\n\nFicha técnica: {company} Lda., sede: {site}. Política de privacidade: {site}/privacidade.',
    },
    it: {
      subject: 'Conferma la tua iscrizione alla newsletter',
      body: "Versione web | {company}\n\nGentile {name},\n\ngrazie per l'interesse verso la newsletter di {company}. Conferma l'iscrizione con l'indirizzo {email}:\n\n[ Conferma iscrizione ] {link}\n\nSe non ti sei iscritto, ignora questa email.\n\nNote legali: {company} S.r.l., sede legale: {site}, P.IVA. Informativa privacy: {site}/privacy.",
    },
    nl: {
      subject: 'Bevestig je aanmelding voor de nieuwsbrief',
      body: 'Webversie | {company}\n\nBeste {name},\n\nbedankt voor je interesse in de nieuwsbrief van {company}. Bevestig je aanmelding met het adres {email}:\n\n[ Aanmelding bevestigen ] {link}\n\nHeb je je niet aangemeld? Negeer deze e-mail dan.\n\nColofon: {company} B.V., KvK-nummer, statutair gevestigd: {site}. Privacyverklaring: {site}/privacy.',
    },
  },
}
