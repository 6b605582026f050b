// Gitea: the account recovery (password reset) mail, greeting the account by its username.
// source: go-gitea/gitea templates/mail/auth/reset_passwd.tmpl and locale "mail.reset_password",
// "mail.reset_password.text" (reconstructed).
import type { Product } from './product.ts'

export const GITEA_RECOVERY: Product = {
  product: 'Gitea',
  family: 'reset',
  source: 'go-gitea/gitea templates/mail/auth/reset_passwd.tmpl, locale "mail.reset_password"',
  locals: ['gitea', 'git', 'noreply'],
  subdomains: ['git.', 'code.', ''],
  link: (c, token) => `https://git.${c.domain}/user/recover_account?code=${token}`,
  texts: {
    en: [
      {
        subject: 'Recover your account',
        body: 'Hi {user},\n\nPlease click the following link to recover your account within 3 hours:\n\n{link}\n\nNot working? Try copying and pasting it to your browser.\n\n© {company}',
      },
    ],
    de: [
      {
        subject: 'Stelle dein Konto wieder her',
        body: 'Hallo {user},\n\nbitte klicke innerhalb von 3 Stunden auf den folgenden Link, um dein Konto wiederherzustellen:\n\n{link}\n\nFunktioniert nicht? Kopiere den Link in deinen Browser.\n\n© {company}',
      },
    ],
    fr: [
      {
        subject: 'Récupérez votre compte',
        body: 'Bonjour {user},\n\nCliquez sur le lien suivant dans les 3 heures pour récupérer votre compte :\n\n{link}\n\nLe lien ne fonctionne pas ? Copiez-le dans votre navigateur.\n\n© {company}',
      },
    ],
    es: [
      {
        subject: 'Recupera tu cuenta',
        body: 'Hola {user}:\n\nHaz clic en el siguiente enlace en las próximas 3 horas para recuperar tu cuenta:\n\n{link}\n\n¿No funciona? Copia y pega el enlace en tu navegador.\n\n© {company}',
      },
    ],
    pt: [
      {
        subject: 'Recupere a sua conta',
        body: 'Olá {user},\n\nClique na ligação seguinte nas próximas 3 horas para recuperar a sua conta:\n\n{link}\n\nNão funciona? Copie e cole a ligação no navegador.\n\n© {company}',
      },
    ],
    it: [
      {
        subject: 'Recupera il tuo account',
        body: 'Ciao {user},\n\nfai clic sul seguente link entro 3 ore per recuperare il tuo account:\n\n{link}\n\nNon funziona? Copia e incolla il link nel browser.\n\n© {company}',
      },
    ],
    nl: [
      {
        subject: 'Herstel uw account',
        body: 'Hallo {user},\n\nKlik binnen 3 uur op de volgende link om uw account te herstellen:\n\n{link}\n\nWerkt het niet? Kopieer de link naar uw browser.\n\n© {company}',
      },
    ],
  },
}
