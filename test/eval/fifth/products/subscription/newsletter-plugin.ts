// The Newsletter Plugin for WordPress (thenewsletterplugin.com): the double opt-in
// confirmation message, default subject "Please confirm subscription - {blog_title}" and body
// "Hi {name}, A newsletter subscription request for this email address was received. Please
// confirm it by clicking here…". Source: the plugin's default subscription texts and their
// translations (wording reconstructed, not copied).
import type { Product } from '../../product.ts'

const confirm = (f: { domain: string; token: string }) =>
  `https://${f.domain}/?na=c&nk=${f.token.slice(0, 6)}-${f.token.slice(6, 16)}`

export const NEWSLETTER_PLUGIN: Product = {
  product: 'The Newsletter Plugin',
  family: 'subscription',
  source: 'The Newsletter Plugin default confirmation "Please confirm subscription - {blog_title}"',
  echo: 'name',
  hosted: null,
  locals: ['newsletter', 'wordpress', 'noreply'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `Please confirm subscription - ${f.company}`,
      body: `Hi ${f.name},\n\nA newsletter subscription request for this email address was received. Please confirm it by clicking here:\n${confirm(f)}\n\nIf you did not make this subscription request, just ignore this message.\n\nThank you!\n${f.company}`,
    }),
    de: (f) => ({
      subject: `Bitte bestätige dein Abonnement - ${f.company}`,
      body: `Hallo ${f.name},\n\nfür diese E-Mail-Adresse wurde ein Newsletter-Abonnement angefordert. Bitte bestätige es mit einem Klick hier:\n${confirm(f)}\n\nWenn du das nicht warst, ignoriere diese Nachricht einfach.\n\nDanke!\n${f.company}`,
    }),
    fr: (f) => ({
      subject: `Merci de confirmer votre abonnement - ${f.company}`,
      body: `Bonjour ${f.name},\n\nUne demande d'abonnement à la newsletter a été reçue pour cette adresse e-mail. Merci de la confirmer en cliquant ici :\n${confirm(f)}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.\n\nMerci !\n${f.company}`,
    }),
    es: (f) => ({
      subject: `Por favor, confirma tu suscripción - ${f.company}`,
      body: `Hola ${f.name}:\n\nHemos recibido una solicitud de suscripción al boletín para esta dirección de correo. Confírmala haciendo clic aquí:\n${confirm(f)}\n\nSi no hiciste esta solicitud, simplemente ignora este mensaje.\n\n¡Gracias!\n${f.company}`,
    }),
    pt: (f) => ({
      subject: `Por favor, confirme a inscrição - ${f.company}`,
      body: `Olá ${f.name},\n\nRecebemos um pedido de inscrição na newsletter para este endereço de e-mail. Confirme clicando aqui:\n${confirm(f)}\n\nSe não fez este pedido, ignore esta mensagem.\n\nObrigado!\n${f.company}`,
    }),
    it: (f) => ({
      subject: `Conferma l'iscrizione - ${f.company}`,
      body: `Ciao ${f.name},\n\nabbiamo ricevuto una richiesta di iscrizione alla newsletter per questo indirizzo email. Confermala cliccando qui:\n${confirm(f)}\n\nSe non hai fatto tu questa richiesta, ignora questo messaggio.\n\nGrazie!\n${f.company}`,
    }),
    nl: (f) => ({
      subject: `Bevestig je inschrijving - ${f.company}`,
      body: `Hoi ${f.name},\n\nEr is een aanvraag voor de nieuwsbrief ontvangen voor dit e-mailadres. Bevestig die door hier te klikken:\n${confirm(f)}\n\nHeb je dit niet aangevraagd, negeer dit bericht dan.\n\nBedankt!\n${f.company}`,
    }),
  },
}
