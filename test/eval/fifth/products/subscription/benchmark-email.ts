// Benchmark Email: the double opt-in confirmation email of a signup form, sent through
// Benchmark's sending domain (bmsend.com) with the sender's name; footer "You received this
// email because you signed up…". Source: Benchmark Email help "Double opt-in confirmation
// email" (reconstruction of the default). Localised by the account owner (reconstruction).
import type { Product } from '../../product.ts'

const confirm = (f: { token: string }) =>
  `https://ui.benchmarkemail.com/c/opt?e=${f.token.slice(0, 12)}&l=${f.token.slice(12, 20)}`

export const BENCHMARK_EMAIL: Product = {
  product: 'Benchmark Email',
  family: 'subscription',
  source: 'Benchmark Email signup form double opt-in confirmation (reconstruction)',
  echo: 'name',
  hosted: (c) => `${c.name} <${c.slug.slice(0, 14)}@bmsend.com>`,
  locals: ['newsletter', 'info'],
  subdomains: ['', 'news.'],
  texts: {
    en: (f) => ({
      subject: 'Please Confirm Your Subscription',
      body: `Hello ${f.name},\n\nWe received your request to join the ${f.company} mailing list. Please click the link below to confirm your subscription:\n\n${confirm(f)}\n\nYou received this email because you signed up on our website. If you did not, please ignore this message.`,
    }),
    de: (f) => ({
      subject: 'Bitte bestätigen Sie Ihre Anmeldung',
      body: `Hallo ${f.name},\n\nwir haben Ihre Anfrage erhalten, in den Verteiler von ${f.company} aufgenommen zu werden. Bitte bestätigen Sie Ihre Anmeldung über den folgenden Link:\n\n${confirm(f)}\n\nSie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben. Falls nicht, ignorieren Sie sie bitte.`,
    }),
    fr: (f) => ({
      subject: 'Veuillez confirmer votre inscription',
      body: `Bonjour ${f.name},\n\nNous avons reçu votre demande d'inscription à la liste de diffusion de ${f.company}. Cliquez sur le lien ci-dessous pour la confirmer :\n\n${confirm(f)}\n\nVous recevez cet e-mail car vous vous êtes inscrit sur notre site. Sinon, ignorez ce message.`,
    }),
    es: (f) => ({
      subject: 'Por favor, confirme su suscripción',
      body: `Hola ${f.name}:\n\nHemos recibido su solicitud para unirse a la lista de correo de ${f.company}. Haga clic en el enlace para confirmar su suscripción:\n\n${confirm(f)}\n\nRecibe este correo porque se registró en nuestra web. Si no fue así, ignore este mensaje.`,
    }),
    pt: (f) => ({
      subject: 'Por favor, confirme a sua subscrição',
      body: `Olá ${f.name},\n\nRecebemos o seu pedido para aderir à lista de e-mail da ${f.company}. Clique na ligação abaixo para confirmar a sua subscrição:\n\n${confirm(f)}\n\nRecebeu este e-mail porque se inscreveu no nosso site. Caso contrário, ignore esta mensagem.`,
    }),
    it: (f) => ({
      subject: 'Conferma la tua iscrizione',
      body: `Ciao ${f.name},\n\nabbiamo ricevuto la tua richiesta di iscrizione alla mailing list di ${f.company}. Clicca sul link qui sotto per confermarla:\n\n${confirm(f)}\n\nRicevi questa email perché ti sei iscritto sul nostro sito. In caso contrario, ignorala.`,
    }),
    nl: (f) => ({
      subject: 'Bevestig uw inschrijving',
      body: `Hallo ${f.name},\n\nWe hebben uw verzoek ontvangen om u aan te melden voor de mailinglijst van ${f.company}. Klik op de link hieronder om uw inschrijving te bevestigen:\n\n${confirm(f)}\n\nU ontvangt deze e-mail omdat u zich op onze website heeft aangemeld. Zo niet, negeer dan dit bericht.`,
    }),
  },
}
