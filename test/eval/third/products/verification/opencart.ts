// OpenCart: the customer registration mail (catalog/language/<lang>/mail/register.php).
import { w, type Product } from '../../types.ts'

export const opencart: Product = {
  product: 'OpenCart',
  family: 'verification',
  source: 'opencart/opencart catalog/language/en-gb/mail/register.php and community language packs',
  locals: ['info', 'shop', 'noreply'],
  texts: {
    en: [
      w(
        `{company} - Thank you for registering`,
        `Welcome and thank you for registering at {company}!

Your account must be approved before you can login. Once approved you can log in by using your email address and password by visiting our website or at the following URL:
https://shop.{site}/index.php?route=account/login

Thanks,
{company}`,
      ),
    ],
    de: [
      w(
        `{company} - Vielen Dank für die Registrierung`,
        `Willkommen und vielen Dank für Ihre Registrierung bei {company}!

Ihr Konto muss noch freigeschaltet werden, bevor Sie sich anmelden können. Danach melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an:
https://shop.{site}/index.php?route=account/login`,
      ),
    ],
    fr: [
      w(
        `{company} - Merci pour votre inscription`,
        `Bienvenue et merci pour votre inscription sur {company} !

Votre compte doit être approuvé avant que vous puissiez vous connecter. Une fois approuvé, connectez-vous avec votre adresse e-mail et votre mot de passe :
https://shop.{site}/index.php?route=account/login`,
      ),
    ],
    es: [
      w(
        `{company} - Gracias por registrarse`,
        `¡Bienvenido y gracias por registrarse en {company}!

Su cuenta ya ha sido creada y puede iniciar sesión con su dirección de correo y contraseña visitando nuestra web:
https://shop.{site}/index.php?route=account/login`,
      ),
    ],
    it: [
      w(
        `{company} - Grazie per esserti registrato`,
        `Benvenuto e grazie per esserti registrato su {company}!

Il tuo account deve essere approvato prima di poter accedere. Dopo l'approvazione potrai entrare con email e password:
https://shop.{site}/index.php?route=account/login`,
      ),
    ],
    pt: [
      w(
        `{company} - Obrigado pelo registo`,
        `Bem-vindo e obrigado por se registar em {company}!

A sua conta foi criada e pode entrar com o seu e-mail e palavra-passe em:
https://shop.{site}/index.php?route=account/login`,
      ),
    ],
    nl: [
      w(
        `{company} - Bedankt voor je registratie`,
        `Welkom en bedankt voor je registratie bij {company}!

Je account moet eerst worden goedgekeurd voordat je kunt inloggen. Daarna log je in met je e-mailadres en wachtwoord via:
https://shop.{site}/index.php?route=account/login`,
      ),
    ],
  },
}
