// BigCommerce: the "Create Account Email" and "Account confirmation" transactional templates.
import { w, type Product } from '../../types.ts'

export const bigcommerce: Product = {
  product: 'BigCommerce',
  family: 'verification',
  source:
    'BigCommerce help center, "Transactional Email Templates" (Create Account Email, default text)',
  locals: ['orders', 'store', 'no-reply'],
  texts: {
    en: [
      w(
        `Thanks for creating an account with {company}`,
        `{company}

Hi {name},

Thanks for creating an account at {company}. Please confirm your email address to finish setting it up:
https://{site}/login.php?action=confirm_account&t={token}

Your account details:
Email: {email}

You can sign in at https://{site}/login.php`,
      ),
    ],
    es: [
      w(
        `Gracias por crear una cuenta en {company}`,
        `Hola {name},

Gracias por crear una cuenta en {company}. Confirma tu dirección de correo para terminar:
https://{site}/login.php?action=confirm_account&t={token}

Datos de tu cuenta:
Correo: {email}`,
      ),
    ],
    de: [
      w(
        `Danke für die Kontoerstellung bei {company}`,
        `Hallo {name},

danke, dass Sie ein Konto bei {company} erstellt haben. Bitte bestätigen Sie Ihre E-Mail-Adresse:
https://{site}/login.php?action=confirm_account&t={token}

Ihre Kontodaten:
E-Mail: {email}`,
      ),
    ],
    it: [
      w(
        `I dettagli del tuo account su {company}`,
        `Ciao {name},

grazie per aver creato un account su {company}.

I tuoi dati di accesso:
Email: {email}

Per completare la registrazione conferma il tuo indirizzo qui: https://{site}/login.php?action=confirm_account&t={token}`,
      ),
    ],
  },
}
