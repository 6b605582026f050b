// LoginRadius (customer identity platform): the "forgot password" email with a reset link. In es,
// pt and nl the app keeps the English default subject over a translated body.
// source: reconstruction of LoginRadius's default Forgot Password email template (reset link,
// expiry note); the hosted address <slug>.hub.loginradius.com follows the hosted-page domain
// shape and is otherwise invented; non-English bodies written for this set.
import type { Product } from './types.ts'

export const loginradius: Product = {
  product: 'LoginRadius',
  family: 'reset',
  source: 'reconstruction (default Forgot Password template)',
  senders: ['hosted', 'own', 'display'],
  mailbox: 'accounts',
  hosted: (c) => `no-reply@${c.slug}.hub.loginradius.com`,
  texts: {
    en: {
      subject: 'Reset Password Request',
      body: 'Hi {name},\n\nWe received a request to reset the password for your {company} account ({email}).\n\nClick the link below to set a new password. This link expires in 30 minutes.\n{link}\n\nIf you did not request a password reset, please ignore this email.\n\nThanks,\n{company}',
    },
    de: {
      subject: 'Anfrage zum Zurücksetzen des Passworts',
      body: 'Hallo {name},\n\nwir haben eine Anfrage erhalten, das Passwort Ihres {company}-Kontos ({email}) zurückzusetzen.\n\nÜber den folgenden Link legen Sie ein neues Passwort fest. Der Link ist 30 Minuten gültig.\n{link}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.\n\nDanke,\n{company}',
    },
    fr: {
      subject: 'Demande de réinitialisation du mot de passe',
      body: "Bonjour {name},\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre compte {company} ({email}).\n\nCliquez sur le lien ci-dessous pour définir un nouveau mot de passe. Ce lien expire dans 30 minutes.\n{link}\n\nSi vous n'avez rien demandé, ignorez cet e-mail.\n\nMerci,\n{company}",
    },
    es: {
      subject: 'Reset Password Request',
      body: 'Hola {name}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de {company} ({email}).\n\nHaz clic en el siguiente enlace para crear una contraseña nueva. El enlace caduca en 30 minutos.\n{link}\n\nSi no lo has solicitado, ignora este correo.\n\nGracias,\n{company}',
    },
    pt: {
      subject: 'Reset Password Request',
      body: 'Olá {name},\n\nRecebemos um pedido para redefinir a senha da sua conta {company} ({email}).\n\nClique no link abaixo para definir uma nova senha. O link expira em 30 minutos.\n{link}\n\nSe você não pediu a redefinição, ignore este e-mail.\n\nObrigado,\n{company}',
    },
    it: {
      subject: 'Richiesta di reimpostazione della password',
      body: "Ciao {name},\n\nabbiamo ricevuto una richiesta di reimpostare la password del tuo account {company} ({email}).\n\nClicca sul link qui sotto per impostare una nuova password. Il link scade tra 30 minuti.\n{link}\n\nSe non l'hai richiesto tu, ignora questa email.\n\nGrazie,\n{company}",
    },
    nl: {
      subject: 'Reset Password Request',
      body: 'Hoi {name},\n\nWe hebben een verzoek ontvangen om het wachtwoord van je {company}-account ({email}) opnieuw in te stellen.\n\nKlik op de link hieronder om een nieuw wachtwoord te kiezen. De link verloopt over 30 minuten.\n{link}\n\nHeb je dit niet aangevraagd? Negeer deze e-mail dan.\n\nBedankt,\n{company}',
    },
  },
}
