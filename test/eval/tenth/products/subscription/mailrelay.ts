// Mailrelay: the double opt-in confirmation of a subscription form ("Confirma tu suscripción",
// the list's name, a confirmation button and the sender's postal footer). Reconstruction of the
// default confirmation mail of the product's subscription forms; Spanish is closest, the other
// languages are written for this set. A one-line notice with a footer.
import { lines, type Ctx, type Product } from '../../product.ts'

function confirm(subject: string, one: string, button: string, footer: string) {
  return (c: Ctx) => ({
    subject,
    body: lines(
      one.replace('%', c.company),
      `${button}: ${c.link}`,
      ``,
      `${c.company} · ${c.domain}`,
      footer,
    ),
  })
}

export const MAILRELAY: Product = {
  product: 'Mailrelay',
  family: 'subscription',
  source: 'Mailrelay subscription form double opt-in confirmation (reconstruction)',
  echo: [],
  own: ['boletin', 'news.envios', 'no-reply'],
  hosted: (c) => `${c.name} <${c.slug}@mailrelay-v.com>`,
  texts: {
    es: confirm(
      'Confirma tu suscripción',
      'Para completar tu suscripción a la lista de %, confirma tu dirección.',
      'Confirmar suscripción',
      'Has recibido este mensaje porque tu dirección se ha introducido en nuestro formulario de suscripción.',
    ),
    en: confirm(
      'Confirm your subscription',
      'To complete your subscription to the % list, please confirm your address.',
      'Confirm subscription',
      'You received this message because your address was entered in our subscription form.',
    ),
    de: confirm(
      'Bestätigen Sie Ihr Abonnement',
      'Um Ihr Abonnement der Liste von % abzuschließen, bestätigen Sie bitte Ihre Adresse.',
      'Abonnement bestätigen',
      'Sie erhalten diese Nachricht, weil Ihre Adresse in unser Anmeldeformular eingetragen wurde.',
    ),
    fr: confirm(
      'Confirmez votre abonnement',
      'Pour finaliser votre abonnement à la liste de %, confirmez votre adresse.',
      "Confirmer l'abonnement",
      'Vous recevez ce message car votre adresse a été saisie dans notre formulaire d’inscription.',
    ),
    pt: confirm(
      'Confirme a sua subscrição',
      'Para concluir a sua subscrição da lista de %, confirme o seu endereço.',
      'Confirmar subscrição',
      'Recebeu esta mensagem porque o seu endereço foi introduzido no nosso formulário de subscrição.',
    ),
    it: confirm(
      'Conferma la tua iscrizione',
      "Per completare l'iscrizione alla lista di %, conferma il tuo indirizzo.",
      'Conferma iscrizione',
      'Hai ricevuto questo messaggio perché il tuo indirizzo è stato inserito nel nostro modulo di iscrizione.',
    ),
    nl: confirm(
      'Bevestig uw inschrijving',
      'Bevestig uw adres om uw inschrijving op de lijst van % af te ronden.',
      'Inschrijving bevestigen',
      'U ontvangt dit bericht omdat uw adres in ons inschrijfformulier is ingevuld.',
    ),
  },
}
