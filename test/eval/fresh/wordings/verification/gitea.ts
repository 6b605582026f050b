import { w, type Product } from '../types.ts'

// Gitea / Forgejo registration mail (templates/mail/auth/activate.tmpl, subject
// mail.activate_account "Please activate your account") with options/locale/locale_<lang>.ini.
export const giteaVerify: Product = {
  product: 'Gitea / Forgejo',
  family: 'verification',
  source: 'github.com/go-gitea/gitea templates/mail/auth/activate.tmpl and options/locale',
  texts: {
    en: [
      w(
        'Please activate your account',
        `Hi {name}, thanks for registering at {company}!\n\nPlease click the following link to activate your account within 3 hours:\n\nhttps://git.{site}/user/activate?code={token}\n\nNot working? Try copying and pasting it to your browser.\n\n© {company}`,
      ),
    ],
    de: [
      w(
        'Bitte aktiviere dein Konto',
        `Hallo {name}, danke für deine Registrierung bei {company}!\n\nBitte klicke innerhalb von 3 Stunden auf den folgenden Link, um dein Konto zu aktivieren:\n\nhttps://git.{site}/user/activate?code={token}\n\nFunktioniert nicht? Kopiere den Link in deinen Browser.\n\n© {company}`,
      ),
    ],
    fr: [
      w(
        'Veuillez activer votre compte',
        `Bonjour {name}, merci de vous être inscrit sur {company} !\n\nCliquez sur le lien suivant pour activer votre compte dans les 3 heures :\n\nhttps://git.{site}/user/activate?code={token}\n\nÇa ne fonctionne pas ? Copiez-collez le lien dans votre navigateur.\n\n© {company}`,
      ),
    ],
    pt: [
      w(
        'Por favor, ative sua conta',
        `Olá {name}, obrigado por se registrar em {company}!\n\nClique no link a seguir para ativar sua conta em até 3 horas:\n\nhttps://git.{site}/user/activate?code={token}\n\nNão funcionou? Copie e cole o link no navegador.\n\n© {company}`,
      ),
    ],
    nl: [
      w(
        'Activeer je account',
        `Hallo {name}, bedankt voor je registratie bij {company}!\n\nKlik binnen 3 uur op de volgende link om je account te activeren:\n\nhttps://git.{site}/user/activate?code={token}\n\nWerkt het niet? Kopieer de link naar je browser.\n\n© {company}`,
      ),
    ],
  },
}
