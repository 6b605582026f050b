// source: E-goi (Portuguese marketing platform) form double opt-in, "Confirme a sua subscrição"
// with a confirmation button; Portuguese closest to the product, other languages follow its
// multilingual forms (reconstruction).
import type { Product } from '../product.ts'

const url = (slug: string, t: string) => `https://${slug}.e-goi.com/optin/${t}`

export const EGOI: Product = {
  product: 'E-goi',
  family: 'subscription',
  source: 'E-goi form double opt-in confirmation (reconstruction)',
  echo: 'name',
  hosted: (slug, company) => `${company} <${slug}@e-goi-mail.com>`,
  locals: ['news', 'info'],
  texts: {
    en: (f) => ({
      subject: `${f.company}: confirm your subscription`,
      body: `Hello ${f.name},\n\nThank you for subscribing to ${f.company}. To start receiving our news, please confirm your subscription:\n\nCONFIRM SUBSCRIPTION ${url('en', f.token)}\n\nIf you did not request this, ignore this message.`,
    }),
    de: (f) => ({
      subject: `${f.company}: Bestätigen Sie Ihr Abonnement`,
      body: `Hallo ${f.name},\n\ndanke für Ihr Interesse an ${f.company}. Um unsere Neuigkeiten zu erhalten, bestätigen Sie bitte Ihr Abonnement:\n\nABONNEMENT BESTÄTIGEN ${url('de', f.token)}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.`,
    }),
    fr: (f) => ({
      subject: `${f.company} : confirmez votre abonnement`,
      body: `Bonjour ${f.name},\n\nMerci de votre abonnement à ${f.company}. Pour recevoir nos actualités, veuillez confirmer votre abonnement :\n\nCONFIRMER L'ABONNEMENT ${url('fr', f.token)}\n\nSi vous n'avez rien demandé, ignorez ce message.`,
    }),
    es: (f) => ({
      subject: `${f.company}: confirma tu suscripción`,
      body: `Hola ${f.name}:\n\nGracias por suscribirte a ${f.company}. Para empezar a recibir nuestras novedades, confirma tu suscripción:\n\nCONFIRMAR SUSCRIPCIÓN ${url('es', f.token)}\n\nSi no lo solicitaste, ignora este mensaje.`,
    }),
    pt: (f) => ({
      subject: `${f.company}: confirme a sua subscrição`,
      body: `Olá ${f.name},\n\nObrigado por subscrever ${f.company}. Para começar a receber as nossas novidades, confirme a sua subscrição:\n\nCONFIRMAR SUBSCRIÇÃO ${url('pt', f.token)}\n\nSe não fez este pedido, ignore esta mensagem.`,
    }),
    it: (f) => ({
      subject: `${f.company}: conferma la tua iscrizione`,
      body: `Ciao ${f.name},\n\ngrazie per esserti iscritto a ${f.company}. Per ricevere le nostre novità, conferma la tua iscrizione:\n\nCONFERMA ISCRIZIONE ${url('it', f.token)}\n\nSe non l'hai richiesto, ignora questo messaggio.`,
    }),
    nl: (f) => ({
      subject: `${f.company}: bevestig je inschrijving`,
      body: `Hallo ${f.name},\n\nBedankt voor je inschrijving bij ${f.company}. Bevestig je inschrijving om ons nieuws te ontvangen:\n\nINSCHRIJVING BEVESTIGEN ${url('nl', f.token)}\n\nHeb je dit niet aangevraagd? Negeer dan dit bericht.`,
    }),
  },
}
