// Shopify: the "Customer account invite" notification ("Activate your account" / "You've
// activated your customer account..."), as the Shopify admin's default notification shows it,
// with the translations Shopify's notification languages use.
import type { Product } from '../types.ts'

export const shopify: Product = {
  family: 'verification',
  product: 'Shopify',
  source: 'Shopify admin > Settings > Notifications: Customer account invite (default)',
  senders: [
    { shape: 'own', local: 'store', name: '{company}' },
    { shape: 'hosted', host: 'shopifyemail.com', local: 'store', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Customer account activation',
        body: "Activate your account\n\nHi {name}, you've created a customer account at {company}. Just a few more steps: click the button below to activate your account.\n\nActivate your account\n\nor Visit our store",
      },
    ],
    de: [
      {
        subject: 'Kundenkonto-Aktivierung',
        body: 'Aktiviere dein Konto\n\nHallo {name}, du hast ein Kundenkonto bei {company} angelegt. Klicke auf die Schaltfläche unten, um es zu aktivieren.\n\nKonto aktivieren',
      },
    ],
    fr: [
      {
        subject: 'Activation du compte client',
        body: 'Activez votre compte\n\nBonjour {name}, vous avez créé un compte client sur {company}. Cliquez sur le bouton ci-dessous pour l’activer.\n\nActiver votre compte',
      },
    ],
    es: [
      {
        subject: 'Activación de la cuenta de cliente',
        body: 'Activa tu cuenta\n\nHola {name}, has creado una cuenta de cliente en {company}. Haz clic en el botón de abajo para activarla.\n\nActivar tu cuenta',
      },
    ],
    pt: [
      {
        subject: 'Ativação da conta de cliente',
        body: 'Ative sua conta\n\nOlá {name}, você criou uma conta de cliente na {company}. Clique no botão abaixo para ativá-la.\n\nAtivar sua conta',
      },
    ],
    it: [
      {
        subject: 'Attivazione account cliente',
        body: 'Attiva il tuo account\n\nCiao {name}, hai creato un account cliente su {company}. Fai clic sul pulsante qui sotto per attivarlo.\n\nAttiva il tuo account',
      },
    ],
    nl: [
      {
        subject: 'Activering klantaccount',
        body: 'Activeer je account\n\nHoi {name}, je hebt een klantaccount aangemaakt bij {company}. Klik op de knop hieronder om het te activeren.\n\nActiveer je account',
      },
    ],
  },
}
