// FluentCRM (WordPress CRM): the double opt-in email, default subject "Please Confirm
// Subscription", button "Yes, subscribe me to the mailing list", and the note that nobody is
// subscribed without the click; sent by the WordPress site itself. Source: FluentCRM settings
// "Double Opt-in Email Settings" default texts (wording reconstructed; other languages after
// FluentCRM translations).
import type { Product } from '../../product.ts'

const confirm = (f: { domain: string; token: string }) =>
  `https://${f.domain}/?fluentcrm=1&route=confirmation&s_id=${f.token.length * 41}&hash=${f.token.slice(0, 20)}`

export const FLUENTCRM: Product = {
  product: 'FluentCRM',
  family: 'subscription',
  source: 'FluentCRM double opt-in email defaults, "Please Confirm Subscription"',
  echo: 'name',
  hosted: null,
  locals: ['hello', 'newsletter', 'info', 'wordpress'],
  subdomains: ['', 'news.'],
  texts: {
    en: (f) => ({
      subject: 'Please Confirm Subscription',
      body: `Hello ${f.name},\n\nPlease confirm your subscription to ${f.company}.\n\nYes, subscribe me to the mailing list: ${confirm(f)}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.`,
    }),
    de: (f) => ({
      subject: 'Bitte Anmeldung bestätigen',
      body: `Hallo ${f.name},\n\nbitte bestätigen Sie Ihre Anmeldung bei ${f.company}.\n\nJa, ich möchte den Newsletter erhalten: ${confirm(f)}\n\nWenn Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick auf den Bestätigungslink werden Sie nicht eingetragen.`,
    }),
    fr: (f) => ({
      subject: "Veuillez confirmer l'inscription",
      body: `Bonjour ${f.name},\n\nVeuillez confirmer votre inscription à ${f.company}.\n\nOui, inscrivez-moi à la liste de diffusion : ${confirm(f)}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le. Vous ne serez pas inscrit sans cliquer sur le lien de confirmation.`,
    }),
    es: (f) => ({
      subject: 'Por favor confirma la suscripción',
      body: `Hola ${f.name}:\n\nConfirma tu suscripción a ${f.company}.\n\nSí, suscríbeme a la lista de correo: ${confirm(f)}\n\nSi recibiste este correo por error, bórralo. No quedarás suscrito si no haces clic en el enlace de confirmación.`,
    }),
    pt: (f) => ({
      subject: 'Por favor, confirme a assinatura',
      body: `Olá ${f.name},\n\nConfirme sua assinatura da ${f.company}.\n\nSim, quero entrar na lista de e-mails: ${confirm(f)}\n\nSe recebeu este e-mail por engano, apague-o. Você não será inscrito se não clicar no link de confirmação.`,
    }),
    it: (f) => ({
      subject: "Conferma l'iscrizione",
      body: `Ciao ${f.name},\n\nconferma la tua iscrizione a ${f.company}.\n\nSì, iscrivimi alla mailing list: ${confirm(f)}\n\nSe hai ricevuto questa email per errore, eliminala. Non sarai iscritto se non clicchi sul link di conferma.`,
    }),
    nl: (f) => ({
      subject: 'Bevestig je inschrijving',
      body: `Hallo ${f.name},\n\nBevestig je inschrijving bij ${f.company}.\n\nJa, schrijf me in voor de mailinglijst: ${confirm(f)}\n\nHeb je deze e-mail per vergissing ontvangen, verwijder hem dan. Zonder klik op de bevestigingslink word je niet ingeschreven.`,
    }),
  },
}
