// Shopware 6: the double opt-in mail for customer registration ("customer.register.doi"), with the
// salutation and name from the registration form.
// source: shopware/shopware mail template type "Double opt-in on registration"
// (customer_register.double_opt_in), default de-DE and en-GB texts, others reconstructed.
import type { Product } from './product.ts'

export const SHOPWARE_REGISTRATION: Product = {
  product: 'Shopware',
  family: 'verification',
  source: 'Shopware 6 mail template "Double opt-in on registration"',
  locals: ['info', 'shop', 'noreply'],
  subdomains: ['', 'shop.'],
  link: (c, token) =>
    `https://shop.${c.domain}/registration/confirm?em=${token.slice(0, 12)}&hash=${token}`,
  texts: {
    en: [
      {
        subject: 'Please confirm your sign-up at {company}',
        body: 'Hello {name},\n\nthank you for registering at {company}.\nPlease confirm your registration via the following link:\n\n{link}\n\nAfter confirming you can use your customer account right away.\n\nYour {company} team',
      },
    ],
    de: [
      {
        subject: 'Bitte bestätigen Sie Ihre Registrierung bei {company}',
        body: 'Hallo {name},\n\nvielen Dank für Ihre Registrierung bei {company}.\nBitte bestätigen Sie die Registrierung über den folgenden Link:\n\n{link}\n\nNach der Bestätigung können Sie Ihr Kundenkonto sofort nutzen.\n\nIhr {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Veuillez confirmer votre inscription sur {company}',
        body: 'Bonjour {name},\n\nmerci pour votre inscription sur {company}.\nVeuillez confirmer votre inscription via le lien suivant :\n\n{link}\n\nAprès confirmation, votre compte client est immédiatement utilisable.\n\nVotre équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Confirme su registro en {company}',
        body: 'Hola {name}:\n\ngracias por registrarse en {company}.\nConfirme su registro mediante el siguiente enlace:\n\n{link}\n\nTras la confirmación podrá usar su cuenta de cliente de inmediato.\n\nEl equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Confirme o seu registo em {company}',
        body: 'Olá {name},\n\nobrigado pelo seu registo em {company}.\nConfirme o registo através da ligação seguinte:\n\n{link}\n\nDepois da confirmação pode usar a sua conta de cliente de imediato.\n\nA equipa {company}',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua registrazione su {company}',
        body: 'Gentile {name},\n\ngrazie per esserti registrato su {company}.\nConferma la registrazione tramite il link seguente:\n\n{link}\n\nDopo la conferma potrai usare subito il tuo account cliente.\n\nIl team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je registratie bij {company}',
        body: 'Hallo {name},\n\nbedankt voor je registratie bij {company}.\nBevestig je registratie via de volgende link:\n\n{link}\n\nNa de bevestiging kun je je klantaccount direct gebruiken.\n\nHet {company}-team',
      },
    ],
  },
}
