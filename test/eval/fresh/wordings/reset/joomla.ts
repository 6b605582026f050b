import { w, type Product } from '../types.ts'

// Joomla com_users password reset mail (language/<tag>/com_users.ini, COM_USERS_EMAIL_PASSWORD_RESET_
// SUBJECT / _BODY with a verification code).
export const joomlaReset: Product = {
  product: 'Joomla reset',
  family: 'reset',
  source: 'github.com/joomla/joomla-cms, com_users.ini COM_USERS_EMAIL_PASSWORD_RESET_*',
  texts: {
    en: [
      w(
        'Your {company} password reset request',
        `Hello,\n\nA request has been made to reset your {company} account password. To reset your password, you will need to submit this verification code to verify that the request was legitimate.\n\nThe verification code is {token}\n\nSelect the URL below and proceed with resetting your password.\n\nhttps://{site}/index.php?option=com_users&view=reset&layout=confirm&token={token}\n\nThank you.`,
      ),
    ],
    de: [
      w(
        'Anfrage zum Zurücksetzen des Passworts bei {company}',
        `Hallo,\n\nes wurde angefordert, das Passwort für das Benutzerkonto bei {company} zurückzusetzen. Dazu muss zur Überprüfung der folgende Bestätigungscode eingegeben werden.\n\nDer Bestätigungscode lautet {token}\n\nAuf die folgende Adresse klicken und mit dem Zurücksetzen fortfahren:\n\nhttps://{site}/index.php?option=com_users&view=reset&layout=confirm&token={token}\n\nVielen Dank!`,
      ),
    ],
    fr: [
      w(
        'Votre demande de réinitialisation du mot de passe sur {company}',
        `Bonjour,\n\nUne demande de réinitialisation du mot de passe de votre compte {company} a été faite. Pour réinitialiser votre mot de passe, vous devrez saisir ce code de vérification afin de confirmer que la demande est légitime.\n\nLe code de vérification est {token}\n\nCliquez sur l’URL ci-dessous pour poursuivre :\n\nhttps://{site}/index.php?option=com_users&view=reset&layout=confirm&token={token}\n\nMerci.`,
      ),
    ],
    es: [
      w(
        'Su solicitud de restablecimiento de contraseña en {company}',
        `Hola:\n\nSe ha solicitado restablecer la contraseña de su cuenta en {company}. Para hacerlo, deberá introducir este código de verificación que confirma que la solicitud es legítima.\n\nEl código de verificación es {token}\n\nSeleccione la URL siguiente y continúe con el restablecimiento:\n\nhttps://{site}/index.php?option=com_users&view=reset&layout=confirm&token={token}\n\nGracias.`,
      ),
    ],
    it: [
      w(
        'La tua richiesta di reimpostazione password su {company}',
        `Ciao,\n\nè stata richiesta la reimpostazione della password del tuo account su {company}. Per procedere dovrai inserire questo codice di verifica, che conferma che la richiesta è legittima.\n\nIl codice di verifica è {token}\n\nSeleziona l’URL qui sotto e procedi:\n\nhttps://{site}/index.php?option=com_users&view=reset&layout=confirm&token={token}\n\nGrazie.`,
      ),
    ],
    nl: [
      w(
        'Je verzoek om het wachtwoord te herstellen op {company}',
        `Hallo,\n\nEr is gevraagd om het wachtwoord van je account op {company} te herstellen. Daarvoor moet je deze verificatiecode invoeren om te bevestigen dat het verzoek legitiem is.\n\nDe verificatiecode is {token}\n\nKlik op de onderstaande URL om verder te gaan:\n\nhttps://{site}/index.php?option=com_users&view=reset&layout=confirm&token={token}\n\nBedankt.`,
      ),
    ],
  },
}
