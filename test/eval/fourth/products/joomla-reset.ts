// Joomla: the password reset request of com_users, with a verification token to paste on the
// site's reset page.
// source: joomla/joomla-cms language/<lang>/com_users.ini COM_USERS_EMAIL_PASSWORD_RESET_SUBJECT
// and COM_USERS_EMAIL_PASSWORD_RESET_BODY (reconstructed, not copied).
import type { Product } from './product.ts'

export const JOOMLA_RESET: Product = {
  product: 'Joomla',
  family: 'reset',
  source: 'joomla-cms com_users.ini COM_USERS_EMAIL_PASSWORD_RESET_BODY',
  locals: ['webmaster', 'noreply', 'info'],
  code: '%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%',
  link: (c) => `https://www.${c.domain}/index.php?option=com_users&view=reset&layout=confirm`,
  texts: {
    en: [
      {
        subject: 'Your {company} password reset request',
        body: 'Hello,\n\nA request has been made to reset your {company} account password. To reset your password, you will need to submit this verification code to verify that the request was legitimate.\n\nThe verification code is {code}\n\nSelect the URL below and proceed with resetting your password.\n\n{link}\n\nThank you.',
      },
    ],
    de: [
      {
        subject: 'Anfrage zum Zurücksetzen des Passworts bei {company}',
        body: 'Hallo,\n\nes wurde angefordert, das Passwort Ihres Kontos bei {company} zurückzusetzen. Dazu muss der folgende Bestätigungscode eingegeben werden, um zu prüfen, ob die Anfrage berechtigt ist.\n\nDer Bestätigungscode lautet {code}\n\nBitte die folgende URL aufrufen und mit dem Zurücksetzen fortfahren.\n\n{link}\n\nVielen Dank.',
      },
    ],
    fr: [
      {
        subject: 'Votre demande de réinitialisation du mot de passe sur {company}',
        body: 'Bonjour,\n\nUne demande de réinitialisation du mot de passe de votre compte {company} a été faite. Pour continuer, vous devez saisir ce code de vérification afin de confirmer que la demande est légitime.\n\nLe code de vérification est {code}\n\nCliquez sur l’URL ci-dessous pour poursuivre la réinitialisation.\n\n{link}\n\nMerci.',
      },
    ],
    es: [
      {
        subject: 'Su solicitud de restablecimiento de contraseña en {company}',
        body: 'Hola:\n\nSe ha solicitado restablecer la contraseña de su cuenta en {company}. Para hacerlo, debe enviar este código de verificación que confirma que la solicitud es legítima.\n\nEl código de verificación es {code}\n\nPulse la siguiente URL y continúe con el restablecimiento.\n\n{link}\n\nGracias.',
      },
    ],
    pt: [
      {
        subject: 'O seu pedido de reposição da senha em {company}',
        body: 'Olá,\n\nFoi feito um pedido para repor a senha da sua conta em {company}. Para continuar, tem de submeter este código de verificação que confirma que o pedido é legítimo.\n\nO código de verificação é {code}\n\nAbra o URL abaixo e prossiga com a reposição da senha.\n\n{link}\n\nObrigado.',
      },
    ],
    it: [
      {
        subject: 'La tua richiesta di reimpostazione password su {company}',
        body: 'Ciao,\n\nè stata richiesta la reimpostazione della password del tuo account su {company}. Per procedere devi inserire questo codice di verifica, che conferma che la richiesta è legittima.\n\nIl codice di verifica è {code}\n\nApri l’URL qui sotto e prosegui con la reimpostazione.\n\n{link}\n\nGrazie.',
      },
    ],
    nl: [
      {
        subject: 'Uw verzoek om het wachtwoord te resetten bij {company}',
        body: 'Hallo,\n\nEr is gevraagd het wachtwoord van uw account bij {company} te resetten. Daarvoor moet u deze verificatiecode invoeren, zodat we weten dat het verzoek echt is.\n\nDe verificatiecode is {code}\n\nOpen de onderstaande URL en ga verder met het resetten van uw wachtwoord.\n\n{link}\n\nBedankt.',
      },
    ],
  },
}
