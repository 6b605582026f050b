// iContact: the confirmed opt-in message ("Please confirm your subscription"), a confirm link,
// then a long footer with the sender's postal address, why the mail was sent and an
// unsubscribe line. Reconstruction of its documented confirmation email, not a known default
// text. In de and nl the subject is localised and the body left in the English default.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const FOOTER = (m: MailContext) =>
  `\n\n________________________________\nThis message was sent to ${m.email} from ${m.company.name}, 1200 Commerce Park Dr, Suite 400, ${m.company.domain}.\nYou received this email because your address was submitted on our sign-up form. If you did not sign up, ignore this message and you will not be added.\nManage your subscription | Privacy policy | Email marketing by iContact`

const ENGLISH = (m: MailContext) =>
  `Hi ${m.name},\n\nThank you for your interest in ${m.company.name}! To complete your subscription, please confirm your email address by clicking the link below:\n\n${m.link}\n\nOnce confirmed, you'll start receiving our updates.${FOOTER(m)}`

const LOCAL: Record<Exclude<Lang, 'de' | 'nl'>, (m: MailContext) => Written> = {
  en: (m) => ({
    subject: `Please confirm your subscription to ${m.company.name}`,
    body: ENGLISH(m),
  }),
  fr: (m) => ({
    subject: `Veuillez confirmer votre abonnement à ${m.company.name}`,
    body: `Bonjour ${m.name},\n\nMerci de votre intérêt pour ${m.company.name} ! Pour finaliser votre abonnement, confirmez votre adresse e-mail en cliquant sur le lien ci-dessous :\n\n${m.link}${FOOTER(m)}`,
  }),
  es: (m) => ({
    subject: `Confirma tu suscripción a ${m.company.name}`,
    body: `Hola ${m.name}:\n\n¡Gracias por tu interés en ${m.company.name}! Para completar tu suscripción, confirma tu dirección de correo con el siguiente enlace:\n\n${m.link}${FOOTER(m)}`,
  }),
  pt: (m) => ({
    subject: `Confirme a sua assinatura de ${m.company.name}`,
    body: `Olá ${m.name},\n\nObrigado pelo interesse na ${m.company.name}! Para concluir a assinatura, confirme o seu endereço de e-mail no link abaixo:\n\n${m.link}${FOOTER(m)}`,
  }),
  it: (m) => ({
    subject: `Conferma la tua iscrizione a ${m.company.name}`,
    body: `Ciao ${m.name},\n\ngrazie per l'interesse verso ${m.company.name}! Per completare l'iscrizione conferma il tuo indirizzo email con il link qui sotto:\n\n${m.link}${FOOTER(m)}`,
  }),
}

export const ICONTACT: Product = {
  product: 'iContact',
  family: 'subscription',
  source: 'reconstruction: iContact confirmed opt-in (confirmation) message',
  hosted: (c) => `${c.name} <${c.slug}@icontact-mail.net>`,
  texts: {
    ...LOCAL,
    de: (m) => ({
      subject: `Bitte bestätigen Sie Ihr Abonnement bei ${m.company.name}`,
      body: ENGLISH(m),
    }),
    nl: (m) => ({ subject: `Bevestig je inschrijving bij ${m.company.name}`, body: ENGLISH(m) }),
  },
}
