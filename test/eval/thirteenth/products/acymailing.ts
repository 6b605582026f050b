// AcyMailing (Joomla / WordPress newsletter extension): the double opt-in confirmation mail sent
// from the site's own address, HTML rendered as plain text with its footer.
// source: reconstruction of AcyMailing's default "Confirmation" email (greeting with the
// subscriber's name, confirm button, list footer); non-English texts written for this set in the
// manner of its language packs.
import type { Product } from './types.ts'

const footer = (text: string) => `\n\n----------------------------------------\n${text}`

export const acymailing: Product = {
  product: 'AcyMailing',
  family: 'subscription',
  source: 'reconstruction (default double opt-in confirmation email)',
  senders: ['own', 'own', 'display'],
  mailbox: 'newsletter',
  texts: {
    en: {
      subject: '{name}, please confirm your subscription',
      body: `Hello {name},\n\nPlease confirm your subscription to the {company} newsletter by clicking the button below.\n\n[ Yes, I confirm my subscription ]\n{link}\n\nIf you did not subscribe, simply ignore this message.${footer('{company} | You are receiving this email because this address was entered on our website. Unsubscribe | Privacy policy')}`,
    },
    de: {
      subject: '{name}, bitte bestätigen Sie Ihr Abonnement',
      body: `Hallo {name},\n\nbitte bestätigen Sie Ihr Abonnement des {company}-Newsletters mit einem Klick auf die Schaltfläche unten.\n\n[ Ja, ich bestätige mein Abonnement ]\n{link}\n\nFalls Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht einfach.${footer('{company} | Sie erhalten diese E-Mail, weil diese Adresse auf unserer Website eingetragen wurde. Abmelden | Datenschutz | Impressum')}`,
    },
    fr: {
      subject: '{name}, merci de confirmer votre inscription',
      body: `Bonjour {name},\n\nMerci de confirmer votre inscription à la newsletter {company} en cliquant sur le bouton ci-dessous.\n\n[ Oui, je confirme mon inscription ]\n{link}\n\nSi vous ne vous êtes pas inscrit, ignorez simplement ce message.${footer('{company} | Vous recevez cet e-mail car cette adresse a été saisie sur notre site. Se désinscrire | Confidentialité')}`,
    },
    es: {
      subject: '{name}, confirma tu suscripción',
      body: `Hola {name}:\n\nConfirma tu suscripción al boletín de {company} haciendo clic en el botón de abajo.\n\n[ Sí, confirmo mi suscripción ]\n{link}\n\nSi no te has suscrito, ignora este mensaje.${footer('{company} | Recibes este correo porque esta dirección se introdujo en nuestra web. Darse de baja | Privacidad')}`,
    },
    pt: {
      subject: '{name}, confirme a sua subscrição',
      body: `Olá {name},\n\nConfirme a sua subscrição da newsletter da {company} clicando no botão abaixo.\n\n[ Sim, confirmo a minha subscrição ]\n{link}\n\nSe não se inscreveu, ignore esta mensagem.${footer('{company} | Recebe este e-mail porque este endereço foi introduzido no nosso site. Cancelar subscrição | Privacidade')}`,
    },
    it: {
      subject: '{name}, conferma la tua iscrizione',
      body: `Ciao {name},\n\nconferma la tua iscrizione alla newsletter di {company} cliccando sul pulsante qui sotto.\n\n[ Sì, confermo la mia iscrizione ]\n{link}\n\nSe non ti sei iscritto, ignora questo messaggio.${footer("{company} | Ricevi questa email perché questo indirizzo è stato inserito sul nostro sito. Annulla l'iscrizione | Privacy")}`,
    },
    nl: {
      subject: '{name}, bevestig je inschrijving',
      body: `Hallo {name},\n\nBevestig je inschrijving op de nieuwsbrief van {company} door op de knop hieronder te klikken.\n\n[ Ja, ik bevestig mijn inschrijving ]\n{link}\n\nHeb je je niet ingeschreven? Negeer dit bericht dan.${footer('{company} | Je ontvangt deze e-mail omdat dit adres op onze website is ingevuld. Uitschrijven | Privacy')}`,
    },
  },
}
