// source: MailUp (Italian ESP) default subscription confirmation ("Conferma la tua iscrizione"
// with the confirmation link of the list's subscribe form); Italian closest to the product,
// other languages follow its localised defaults where known (reconstruction).
import type { Product } from '../product.ts'

const url = (t: string) => `https://a1b2c.emailsp.com/frontend/subscribe.aspx?c=${t}`

export const MAILUP: Product = {
  product: 'MailUp',
  family: 'subscription',
  source: 'MailUp subscription confirmation message (reconstruction)',
  echo: 'none',
  hosted: null,
  locals: ['newsletter', 'comunicazioni', 'news'],
  texts: {
    en: (f) => ({
      subject: `Subscription confirmation`,
      body: `Dear subscriber,\n\nwe received a request to subscribe ${f.email} to the ${f.company} newsletter. To complete the subscription, click here:\n${url(f.token)}\n\nIf you did not request it, simply ignore this message.`,
    }),
    de: (f) => ({
      subject: `Bestätigung der Anmeldung`,
      body: `Liebe Abonnentin, lieber Abonnent,\n\nwir haben eine Anfrage erhalten, ${f.email} für den Newsletter von ${f.company} anzumelden. Um die Anmeldung abzuschließen, klicken Sie hier:\n${url(f.token)}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht einfach.`,
    }),
    fr: (f) => ({
      subject: `Confirmation d'inscription`,
      body: `Cher abonné,\n\nnous avons reçu une demande d'inscription de ${f.email} à la newsletter ${f.company}. Pour finaliser l'inscription, cliquez ici :\n${url(f.token)}\n\nSi vous ne l'avez pas demandée, ignorez simplement ce message.`,
    }),
    es: (f) => ({
      subject: `Confirmación de suscripción`,
      body: `Estimado suscriptor:\n\nhemos recibido una solicitud para suscribir ${f.email} al boletín de ${f.company}. Para completar la suscripción, haz clic aquí:\n${url(f.token)}\n\nSi no lo has solicitado, ignora este mensaje.`,
    }),
    pt: (f) => ({
      subject: `Confirmação de inscrição`,
      body: `Caro assinante,\n\nrecebemos um pedido para inscrever ${f.email} na newsletter de ${f.company}. Para concluir a inscrição, clique aqui:\n${url(f.token)}\n\nSe não fez este pedido, ignore esta mensagem.`,
    }),
    it: (f) => ({
      subject: `Conferma iscrizione`,
      body: `Gentile iscritto,\n\nabbiamo ricevuto una richiesta di iscrizione di ${f.email} alla newsletter di ${f.company}. Per completare l'iscrizione clicca qui:\n${url(f.token)}\n\nSe non hai effettuato tu la richiesta, ignora questo messaggio.`,
    }),
    nl: (f) => ({
      subject: `Bevestiging van inschrijving`,
      body: `Beste abonnee,\n\nwe hebben een verzoek ontvangen om ${f.email} in te schrijven voor de nieuwsbrief van ${f.company}. Klik hier om de inschrijving af te ronden:\n${url(f.token)}\n\nHeb je dit niet aangevraagd? Negeer dan dit bericht.`,
    }),
  },
}
