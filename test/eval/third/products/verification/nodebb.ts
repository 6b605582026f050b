// NodeBB: the welcome / email confirmation mail (public/language/<lang>/email.json, "welcome" and
// "email.verify").
import { w, type Product } from '../../types.ts'

export const nodebb: Product = {
  product: 'NodeBB',
  family: 'verification',
  source:
    'NodeBB/NodeBB public/language/*/email.json (welcome-to, verify-your-email.subject, welcome.text1–3)',
  locals: ['no-reply', 'forum', 'community'],
  fromName: '{company} Community',
  texts: {
    en: [
      w(
        `Welcome to {company}`,
        `Hello {name},

Thank you for registering with {company}!

To fully activate your account, we need to verify that you own the email address you registered with.

Please click on the following link: https://forum.{site}/confirm/{token}

If you did not register, please ignore this email.

You are receiving this email because you registered on {company} Community.`,
      ),
      w(
        `Please verify your email`,
        `Hello {name},

Please click on the link below to verify your email address for {company}: https://forum.{site}/confirm/{token}`,
      ),
    ],
    de: [
      w(
        `Willkommen bei {company}`,
        `Hallo {name},

danke für deine Registrierung bei {company}!

Um dein Konto vollständig zu aktivieren, müssen wir überprüfen, ob du Besitzer der E-Mail-Adresse bist, mit der du dich registriert hast.

Bitte klicke auf den folgenden Link: https://forum.{site}/confirm/{token}`,
      ),
    ],
    fr: [
      w(
        `Bienvenue sur {company}`,
        `Bonjour {name},

Merci de vous être inscrit sur {company} !

Pour activer complètement votre compte, nous devons vérifier que vous êtes bien le propriétaire de l'adresse e-mail utilisée lors de l'inscription.

Cliquez sur ce lien : https://forum.{site}/confirm/{token}`,
      ),
    ],
    it: [
      w(
        `Benvenuto su {company}`,
        `Ciao {name},

grazie per esserti registrato su {company}!

Per attivare completamente il tuo account dobbiamo verificare che l'indirizzo email usato per la registrazione sia tuo.

Clicca sul link seguente: https://forum.{site}/confirm/{token}`,
      ),
    ],
    pt: [
      w(
        `Bem-vindo ao {company}`,
        `Olá {name},

Obrigado por se registar no {company}!

Para ativar totalmente a sua conta, precisamos de verificar que é o dono do endereço de e-mail com que se registou.

Clique na ligação: https://forum.{site}/confirm/{token}`,
      ),
    ],
  },
}
