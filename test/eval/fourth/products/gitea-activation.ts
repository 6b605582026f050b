// Gitea (self-hosted Git service): the account activation mail after registration, greeting the
// new account by its username.
// source: go-gitea/gitea templates/mail/auth/activate.tmpl and options/locale/locale_<lang>.ini
// ("mail.activate_account", "mail.activate_account.text_1/2"), reconstructed.
import type { Product } from './product.ts'

export const GITEA_ACTIVATION: Product = {
  product: 'Gitea',
  family: 'verification',
  source: 'go-gitea/gitea templates/mail/auth/activate.tmpl, locale "mail.activate_account"',
  locals: ['gitea', 'git', 'noreply'],
  subdomains: ['git.', 'code.', ''],
  link: (c, token) => `https://git.${c.domain}/user/activate?code=${token}`,
  texts: {
    en: [
      {
        subject: 'Please activate your account',
        body: 'Hi {user}, thanks for registering at {company}!\n\nPlease click the following link to activate your account within 3 hours:\n\n{link}\n\nNot working? Try copying and pasting it to your browser.\n\n© {company}',
      },
    ],
    de: [
      {
        subject: 'Bitte aktiviere dein Konto',
        body: 'Hallo {user}, danke für deine Registrierung bei {company}!\n\nBitte klicke innerhalb von 3 Stunden auf folgenden Link, um dein Konto zu aktivieren:\n\n{link}\n\nFunktioniert nicht? Kopiere den Link in deinen Browser.\n\n© {company}',
      },
    ],
    fr: [
      {
        subject: 'Veuillez activer votre compte',
        body: 'Bonjour {user}, merci de vous être inscrit sur {company} !\n\nCliquez sur le lien suivant pour activer votre compte dans les 3 heures :\n\n{link}\n\nLe lien ne fonctionne pas ? Copiez-le dans votre navigateur.\n\n© {company}',
      },
    ],
    es: [
      {
        subject: 'Por favor, activa tu cuenta',
        body: 'Hola {user}, ¡gracias por registrarte en {company}!\n\nHaz clic en el siguiente enlace para activar tu cuenta en las próximas 3 horas:\n\n{link}\n\n¿No funciona? Copia y pega el enlace en tu navegador.\n\n© {company}',
      },
    ],
    pt: [
      {
        subject: 'Por favor, ative a sua conta',
        body: 'Olá {user}, obrigado por se registar em {company}!\n\nClique na ligação seguinte para ativar a sua conta nas próximas 3 horas:\n\n{link}\n\nNão funciona? Copie e cole a ligação no seu navegador.\n\n© {company}',
      },
    ],
    it: [
      {
        subject: 'Attiva il tuo account',
        body: 'Ciao {user}, grazie per esserti registrato su {company}!\n\nFai clic sul seguente link per attivare il tuo account entro 3 ore:\n\n{link}\n\nNon funziona? Copia e incolla il link nel browser.\n\n© {company}',
      },
    ],
    nl: [
      {
        subject: 'Activeer uw account',
        body: 'Hallo {user}, bedankt voor het registreren bij {company}!\n\nKlik binnen 3 uur op de volgende link om uw account te activeren:\n\n{link}\n\nWerkt het niet? Kopieer de link en plak hem in uw browser.\n\n© {company}',
      },
    ],
  },
}
