// Mailtrain (self-hosted newsletter app): the subscription confirmation, "<list>: Please Confirm
// Subscription", a single "Yes, subscribe me to this list" link and a line that nothing happens
// without the click, then the list's contact address. Written from memory of Mailtrain v1's
// default template; Mailtrain ships few translations, these renderings are written for this set.
import type { Product } from '../product.ts'

const list = (m: { company: { name: string } }) => `${m.company.name} Newsletter`

export const MAILTRAIN: Product = {
  product: 'Mailtrain',
  family: 'subscription',
  source: 'Mailtrain v1 default subscription confirmation, translations written for this set',
  hosted: (c) => `${c.name} <lists@${c.slug}.mailtrain-host.net>`,
  texts: {
    en: (m) => ({
      subject: `${list(m)}: Please Confirm Subscription`,
      body: `Yes, subscribe me to this list: ${m.link}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.\n\nFor questions about this list, please contact:\n${m.company.name}, hello@${m.company.domain}`,
    }),
    de: (m) => ({
      subject: `${list(m)}: Bitte Anmeldung bestätigen`,
      body: `Ja, ich möchte diese Liste abonnieren: ${m.link}\n\nFalls Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick auf den Bestätigungslink oben werden Sie nicht eingetragen.\n\nFragen zu dieser Liste: ${m.company.name}, hello@${m.company.domain}`,
    }),
    fr: (m) => ({
      subject: `${list(m)} : veuillez confirmer votre inscription`,
      body: `Oui, inscrivez-moi à cette liste : ${m.link}\n\nSi vous avez reçu ce message par erreur, supprimez-le simplement. Vous ne serez pas inscrit si vous ne cliquez pas sur le lien de confirmation ci-dessus.\n\nPour toute question sur cette liste : ${m.company.name}, hello@${m.company.domain}`,
    }),
    es: (m) => ({
      subject: `${list(m)}: confirma tu suscripción`,
      body: `Sí, suscribidme a esta lista: ${m.link}\n\nSi has recibido este correo por error, simplemente bórralo. No quedarás suscrito si no haces clic en el enlace de confirmación.\n\nPara dudas sobre esta lista: ${m.company.name}, hello@${m.company.domain}`,
    }),
    pt: (m) => ({
      subject: `${list(m)}: confirme a sua subscrição`,
      body: `Sim, quero subscrever esta lista: ${m.link}\n\nSe recebeu este e-mail por engano, basta apagá-lo. Não ficará inscrito se não clicar no link de confirmação acima.\n\nDúvidas sobre esta lista: ${m.company.name}, hello@${m.company.domain}`,
    }),
    it: (m) => ({
      subject: `${list(m)}: conferma l'iscrizione`,
      body: `Sì, iscrivimi a questa lista: ${m.link}\n\nSe hai ricevuto questa email per errore, eliminala. Non sarai iscritto se non fai clic sul link di conferma qui sopra.\n\nPer domande su questa lista: ${m.company.name}, hello@${m.company.domain}`,
    }),
    nl: (m) => ({
      subject: `${list(m)}: bevestig je inschrijving`,
      body: `Ja, schrijf me in op deze lijst: ${m.link}\n\nHeb je deze e-mail per vergissing ontvangen? Verwijder hem dan gewoon. Zonder klik op de bevestigingslink hierboven word je niet ingeschreven.\n\nVragen over deze lijst: ${m.company.name}, hello@${m.company.domain}`,
    }),
  },
}
