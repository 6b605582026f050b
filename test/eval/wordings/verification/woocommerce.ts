// WooCommerce (GPL-3.0): the "New account" customer email
// (templates/emails/customer-new-account.php: "Your {site_title} account has been created!",
// "Thanks for creating an account on {site_title}. Your username is …"), with its translations.
import type { Product } from '../types.ts'

export const woocommerce: Product = {
  family: 'verification',
  product: 'WooCommerce',
  source: 'woocommerce templates/emails/customer-new-account.php; translate.wordpress.org',
  senders: [{ shape: 'own', local: 'wordpress', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Your {company} account has been created!',
        body: 'Welcome to {company}\n\nHi {name},\n\nThanks for creating an account on {company}. Your username is {name}. You can access your account area to view orders, change your password, and more at: {url}\n\nClick here to set your new password.\n\nWe look forward to seeing you soon.',
      },
    ],
    de: [
      {
        subject: 'Dein Konto bei {company} wurde erstellt!',
        body: 'Willkommen bei {company}\n\nHallo {name},\n\nvielen Dank für die Erstellung eines Kontos bei {company}. Dein Benutzername ist {name}. Du kannst auf deinen Kundenbereich zugreifen unter: {url}',
      },
    ],
    es: [
      {
        subject: '¡Se ha creado tu cuenta de {company}!',
        body: 'Te damos la bienvenida a {company}\n\nHola, {name}:\n\nGracias por crear una cuenta en {company}. Tu nombre de usuario es {name}. Puedes acceder al área de tu cuenta en: {url}',
      },
    ],
    it: [
      {
        subject: 'Il tuo account su {company} è stato creato!',
        body: 'Benvenuto su {company}\n\nCiao {name},\n\ngrazie per aver creato un account su {company}. Il tuo nome utente è {name}. Puoi accedere all’area del tuo account qui: {url}',
      },
    ],
  },
}
